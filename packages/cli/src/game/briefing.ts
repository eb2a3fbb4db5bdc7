import type { SeatView, ValidScenario } from "@parley/engine";

const percent = (x: number): string => `${Math.round(x * 100)}%`;

/**
 * The briefing before the first move, as a role-play brief: who you are and who sits at the table, the
 * agenda, what you want in order of weight, your fallback, your demands and red lines, and what the others
 * have said publicly. Sources are named by their titles.
 */
export function briefing(scenario: ValidScenario, view: SeatView): string[] {
  const me = view.actors.find((a) => a.id === view.seat);
  if (me === undefined) return [];
  const issueTitle = (id: string) => view.issues.find((i) => i.id === id)?.title ?? id;
  const optionLabel = (issue: string, option: string) =>
    view.issues.find((i) => i.id === issue)?.options.find((o) => o.id === option)?.label ?? option;
  const name = (id: string) => view.actors.find((a) => a.id === id)?.name ?? id;
  const head = me.delegation[0];
  const out: string[] = [
    `== Briefing: you are ${me.name}${head === undefined ? "" : `, led by ${head.name} (${head.title})`} ==`,
    scenario.summary,
    "",
  ];
  out.push("The meetings:");
  for (const meeting of scenario.tracks) {
    const seats = meeting.participants
      .map((id) => (id === meeting.chair ? `${name(id)} (chair)` : name(id)))
      .join(", ");
    out.push(`  ${meeting.date}  ${meeting.title}, ${meeting.venue}: ${seats}`);
    out.push(
      `      agenda: ${meeting.agenda.map((item) => `${item.title ?? issueTitle(item.issue)} (${item.minutes} min)`).join("; ")}`,
    );
  }
  out.push("", "What you want, by weight:");
  const weights = Object.entries(me.weights)
    .filter(([, w]) => w > 0)
    .sort((x, y) => y[1] - x[1]);
  for (const [issue, weight] of weights) {
    const values = view.issues.find((i) => i.id === issue)?.values[me.id] ?? {};
    const best = Object.entries(values).sort((x, y) => y[1] - x[1])[0];
    out.push(
      `  ${percent(weight).padStart(4)}  ${issueTitle(issue)}: best for you ‘${optionLabel(issue, best?.[0] ?? "")}’`,
    );
  }
  out.push(
    "",
    `Your fallback: walking away is worth ${(me.reservation ?? me.expectedReservation).toFixed(2)} to you (on a 0–1 scale).`,
  );
  const myDemands = view.demands.filter((d) => d.actor === me.id);
  if (myDemands.length > 0) {
    out.push("", "Your demands:");
    for (const d of myDemands) out.push(`  • ${d.text}`);
  }
  const myLines = view.redLines.filter((r) => r.actor === me.id);
  if (myLines.length > 0) {
    out.push("", "Your red lines (crossing one is a move of its own, at a price):");
    for (const r of myLines) out.push(`  • ${r.text}`);
  }
  const theirs = view.actors.filter((a) => a.id !== me.id);
  out.push("", "What the others have said in public:");
  for (const other of theirs) {
    const said = [
      ...view.demands.filter((d) => d.actor === other.id).map((d) => d.text),
      ...view.redLines.filter((r) => r.actor === other.id).map((r) => `Red line: ${r.text}`),
    ];
    if (said.length === 0) continue;
    out.push(`  ${other.name}:`);
    for (const line of said) out.push(`    • ${line}`);
  }
  out.push("", `Sources: ${view.scenario.sources.map((s) => s.title).join(" · ")}`);
  return out;
}

/** One line on where the game stands, shown before each choice. */
export function statusLine(view: SeatView): string {
  const meeting = view.meeting;
  if (meeting === null) return "[the talks are over]";
  const item =
    meeting.currentIssue === null
      ? meeting.phase
      : (view.issues.find((i) => i.id === meeting.currentIssue)?.title ?? meeting.currentIssue);
  const clock = `${meeting.clock}/${meeting.scheduled} min${meeting.overrun ? " (overrun)" : ""}`;
  const trust = view.world.trust
    .filter((t) => t.from === view.seat && meeting.participants.includes(t.to))
    .map((t) => `${view.actors.find((a) => a.id === t.to)?.name ?? t.to} ${Math.round(t.value)}`)
    .join(", ");
  const table =
    view.table.length === 0
      ? "nothing on the table"
      : `${view.table.length} proposal${view.table.length === 1 ? "" : "s"} on the table`;
  return `[${meeting.title} · ${clock} · ${item} · tension ${Math.round(view.world.tension)} · your trust: ${trust} · ${table}]`;
}
