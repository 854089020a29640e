import { useId, type ReactNode } from "react";

/** A titled region of the dashboard; `wide` spans two columns on large screens. */
export function DashboardCard({
  title,
  children,
  wide = false,
}: {
  title: string;
  children: ReactNode;
  wide?: boolean;
}) {
  const id = useId();
  return (
    <section className={wide ? "card card--wide" : "card"} aria-labelledby={id}>
      <h2 id={id} className="card__title">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** A headline figure: the number large, what it counts beside it. */
export function KeyFigure({ value, label }: { value: string; label: string }) {
  return (
    <p className="key-figure">
      <span className="key-figure__value">{value}</span> <span className="key-figure__label">{label}</span>
    </p>
  );
}
