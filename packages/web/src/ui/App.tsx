import { useApp } from "./app-context.js";
import { Briefing } from "./Briefing.js";
import { Choose } from "./Choose.js";
import { End } from "./End.js";
import { LazyClassView } from "./LazyClassView.js";
import { Notice } from "./Notice.js";
import { Review } from "./Review.js";
import { Room } from "./Room.js";

/** The page: a header and the screen of the app actor's state. */
export function App() {
  const { snapshot } = useApp();
  const state = snapshot.value;
  const screen = state.matches("choosing") ? (
    <Choose />
  ) : state.matches("classView") ? (
    <LazyClassView />
  ) : state.matches({ session: "briefing" }) ? (
    <Briefing />
  ) : state.matches({ session: "table" }) ? (
    <Room />
  ) : state.matches({ session: "end" }) ? (
    <End />
  ) : state.matches({ session: "reviewing" }) ? (
    <Review />
  ) : (
    <Waiting />
  );
  return (
    <>
      <header class="masthead">
        <p class="wordmark">Parley</p>
        <p class="tagline">Diplomatic negotiations, move by move</p>
      </header>
      <Notice />
      {screen}
    </>
  );
}

function Waiting() {
  return (
    <main class="screen waiting">
      <p role="status">Preparing the room…</p>
    </main>
  );
}
