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
    ]),
  ]),
  layout("routes/portal/layout.tsx", [
    ...prefix("portal", [
      index("routes/portal/index.tsx"),
      route("applications/:id", "routes/portal/application.tsx"),
    ]),
  ]),
  route("*", "routes/not-found.tsx"),
] satisfies RouteConfig;
