/**
 * What a mark is called for screen readers and voice control: it starts with the label the mark
 * shows (WCAG 2.5.3, label in name, so "click Choïgou en visite" finds it), then says its date,
 * then its whole title where the label is a shorter one.
 */
export function markName(event: { label: string; title: string; dateLabel: string }): string {
  const name = `${event.label}, ${event.dateLabel}`;
  return event.title === event.label ? name : `${name} : ${event.title}`;
}
