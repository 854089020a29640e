import type { ReactNode } from "react";

/** What a section shows when there is nothing yet: says so plainly, and what will appear. */
export function EmptyState({
  title,
  children,
  headingLevel = 2,
}: {
  title: string;
  children?: ReactNode;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <div className="empty-state">
      <span className="empty-state__icon" aria-hidden="true" />
      <Heading className="empty-state__title">{title}</Heading>
      {children ? <div className="empty-state__body">{children}</div> : null}
    </div>
  );
}
