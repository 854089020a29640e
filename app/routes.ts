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
  layout("routes/admin/layout.tsx", [
    ...prefix("admin", [
      index("routes/admin/index.tsx"),
      route("outbox", "routes/admin/outbox.tsx"),
      route("events/:slug", "routes/admin/event-home.tsx"),
    ]),
  ]),
  layout("routes/portal/layout.tsx", [...prefix("portal", [index("routes/portal/index.tsx")])]),
  route("*", "routes/not-found.tsx"),
] satisfies RouteConfig;
