import { type RouteConfig, index, layout, prefix, route } from "@react-router/dev/routes";

export default [
  index("routes/home.tsx"),
  route("healthz", "routes/healthz.ts"),
  route("login", "routes/auth/login.tsx"),
  route("logout", "routes/auth/logout.ts"),
  route("forgot-password", "routes/auth/forgot-password.tsx"),
  route("reset-password/:token", "routes/auth/reset-password.tsx"),
  route("invite/:token", "routes/auth/invite.tsx"),
  route("settings/language", "routes/settings/language.ts"),

  // Public application form (no account needed to start); drafts resume by e-mailed link.
  route("apply/:slug", "routes/apply/layout.tsx", [
    index("routes/apply/index.tsx"),
    route("resume/:token", "routes/apply/resume.tsx"),
    route("submitted", "routes/apply/submitted.tsx"),
    route(":step", "routes/apply/step.tsx"),
  ]),
  route("organisations/:id/logo", "routes/organisation-logo.ts"),
  // Logistics documents: exhibitors of the owning organisation, organisers and staff only.
  route("documents/:id", "routes/documents/download.ts"),

  layout("routes/admin/layout.tsx", [
    ...prefix("admin", [
      index("routes/admin/index.tsx"),
      route("outbox", "routes/admin/outbox.tsx"),
      route("events/:slug", "routes/admin/event-home.tsx"),
      ...prefix("events/:slug/applications", [
        index("routes/admin/applications/index.tsx"),
        route("export.csv", "routes/admin/applications/export-csv.ts"),
        route(":id", "routes/admin/applications/detail.tsx"),
      ]),
      route("events/:slug/email-templates", "routes/admin/email-templates.tsx"),
      // The floor-plan editor (organisers edit, staff read) and its keyboard/screen-reader table view.
      route("events/:slug/plan", "routes/admin/plan/index.tsx"),
      route("events/:slug/plan/table", "routes/admin/plan/table.tsx"),
      route("events/:slug/plan/allocate", "routes/admin/plan/allocate.ts"),
      // The editor's saves, by fetch: JSON answers only (401 rather than a login redirect).
      route("events/:slug/plan/save", "routes/admin/plan/save.ts"),
      // Staff exports (docs/exports.md): the page, then one resource route per file.
      ...prefix("events/:slug/exports", [
        index("routes/admin/exports/index.tsx"),
        route("setup-sheets.pdf", "routes/admin/exports/setup-sheets.ts"),
        route("lists/:list/:format", "routes/admin/exports/lists.ts"),
        route("plan.pdf", "routes/admin/exports/plan-pdf.ts"),
        route("plan.svg", "routes/admin/exports/plan-svg.ts"),
        route("safety-file.pdf", "routes/admin/exports/safety-file.ts"),
      ]),
      route("events/:slug/logistics/settings", "routes/admin/logistics/settings.tsx"),
      // Staff's logistics: completeness matrix and reminders, review queue, review of one submission.
      route("events/:slug/logistics", "routes/admin/logistics/index.tsx"),
      route("events/:slug/logistics/review", "routes/admin/logistics/review.tsx"),
      route("events/:slug/logistics/review/:submissionId", "routes/admin/logistics/review-detail.tsx"),
    ]),
  ]),
  layout("routes/portal/layout.tsx", [
    ...prefix("portal", [
      index("routes/portal/index.tsx"),
      route("applications/:id", "routes/portal/application.tsx"),
      route("applications/:id/logistics", "routes/portal/logistics/index.tsx"),
      route("applications/:id/logistics/:kind", "routes/portal/logistics/form.tsx"),
    ]),
  ]),
  route("*", "routes/not-found.tsx"),
] satisfies RouteConfig;
