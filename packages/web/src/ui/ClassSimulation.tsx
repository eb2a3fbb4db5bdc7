import { useSignal } from "@preact/signals";
import { CLASS_LIMITS, type ClassSimulationModel } from "../models/index.js";

function statusText(sim: ClassSimulationModel | null): string {
  if (sim === null) return "";
  switch (sim.status) {
    case "running":
      return `Simulating: ${sim.done} of ${sim.total} games played…`;
    case "done":
      return `Simulated ${sim.total} games with bots.`;
    case "cancelled":
      return `Stopped after ${sim.done} of ${sim.total} games; the figures are those of the games played.`;
    case "failed":
      return `The simulation stopped: ${sim.message ?? "the engine refused it"}.`;
  }
}

/**
 * Asks for a simulation of the class's scenario with bots: how many games (within the stated bound), a
 * progress bar while it runs in the worker, and a button to stop it.
 */
export function ClassSimulation({
  simulation,
  onSimulate,
  onStop,
}: {
  simulation: ClassSimulationModel | null;
  onSimulate: (games: number) => void;
  onStop: () => void;
}) {
  const games = useSignal(String(CLASS_LIMITS.defaultSimulationGames));
  const invalid = useSignal(false);
  const running = simulation?.status === "running";
  const submit = (event: Event) => {
    event.preventDefault();
    const n = Number(games.value);
    invalid.value = !Number.isInteger(n) || n < 1 || n > CLASS_LIMITS.simulationGames;
    if (!invalid.value) onSimulate(n);
  };
  return (
    <form class="class-simulate" onSubmit={submit}>
      <div class="field inline">
        <label for="class-sim-games">Games to simulate with bots (1 to {CLASS_LIMITS.simulationGames})</label>
        <input
          id="class-sim-games"
          type="number"
          min={1}
          max={CLASS_LIMITS.simulationGames}
          step={1}
          value={games.value}
          aria-invalid={invalid.value}
          aria-describedby="class-sim-help"
          onInput={(e) => {
            games.value = e.currentTarget.value;
          }}
        />
        {/* Not disabled while a run goes on (focus would be lost): a new run replaces the one under way. */}
        <button type="submit">Simulate</button>
        {running && (
          <button type="button" class="quiet" onClick={onStop}>
            Stop
          </button>
        )}
      </div>
      <p id="class-sim-help" class="help">
        Every delegation is played by its scenario's bot; game k is seeded “{simulation?.base ?? "class"}:k”,
        so the same number of games always gives the same figures. A few hundred take seconds.
      </p>
      {invalid.value && (
        <p role="alert">Choose a whole number of games from 1 to {CLASS_LIMITS.simulationGames}.</p>
      )}
      {simulation !== null && running && (
        <progress value={simulation.done} max={simulation.total} aria-label="Games simulated" />
      )}
      <p role="status" data-testid="class-sim-status">
        {statusText(simulation)}
      </p>
    </form>
  );
}
