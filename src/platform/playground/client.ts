/**
 * The playground's browser script, served as /playground/assets/playground.<hash>.js. Plain
 * browser JavaScript (no build step): it reads the page's settings (a JSON block), then renders
 * GraphiQL 4 (its UMD build defines `GraphiQL`, on top of React 18's `React` and `ReactDOM`) with two
 * panels of its own: "Examples" (the consumers' operations, examples/) and, in development, "Demo
 * tokens" (one click sets the Authorization header). It is a string so that it ships with the
 * compiled server as it is (tsc copies no .js file).
 */
export const CLIENT_SCRIPT = String.raw`(function () {
  "use strict";
  var h = React.createElement;
  var settings = JSON.parse(document.getElementById("playground-settings").textContent || "{}");
  var tokens = settings.demoTokens || [];
  var examples = settings.examples || [];
  var CONSUMERS = { app: "App (smartphone)", concierge: "Concierge partner", desk: "Desk tooling" };

  function authorization(token) {
    return token ? JSON.stringify({ Authorization: "Bearer " + token }, null, 2) : "{}";
  }
  function tokenOf(role) {
    for (var i = 0; i < tokens.length; i++) if (tokens[i].role === role) return tokens[i].token;
    return null;
  }

  // GraphiQL syncs its editors with the query/variables/headers props when they change: the panels
  // set them through the App's state (cleared first, so that the same choice twice applies again).
  var actions = { set: function () {} };

  function icon(d) {
    return function () {
      return h("svg", { viewBox: "0 0 24 24", width: 24, height: 24, fill: "none", stroke: "currentColor", strokeWidth: 1.5, "aria-hidden": true }, h("path", { d: d }));
    };
  }

  function TokensPanel() {
    return h(
      "section",
      { className: "pg-panel", "aria-label": "Demo tokens" },
      h("h2", { className: "pg-title" }, "Demo tokens"),
      h("p", { className: "pg-note" }, "Development only. A click puts the role's demo token (valid 12 h) in the Authorization header of the current tab."),
      h(
        "ul",
        { className: "pg-list" },
        tokens.map(function (p) {
          return h(
            "li",
            { key: p.role },
            h(
              "button",
              { type: "button", className: "pg-item", "data-role": p.role, title: p.who, onClick: function () { actions.set({ headers: authorization(p.token) }); } },
              h("strong", null, p.role),
              h("span", null, p.who),
            ),
          );
        }),
        h("li", { key: "anonymous" }, h("button", { type: "button", className: "pg-item", "data-role": "ANONYMOUS", onClick: function () { actions.set({ headers: "{}" }); } }, h("strong", null, "ANONYMOUS"), h("span", null, "no token"))),
      ),
    );
  }

  function ExamplesPanel() {
    return h(
      "section",
      { className: "pg-panel", "aria-label": "Examples" },
      h("h2", { className: "pg-title" }, "Examples"),
      h("p", { className: "pg-note" }, examples.length ? "The operations each consumer sends (examples/). A click opens one in the current tab" + (tokens.length ? ", with its role's demo token." : ".") : "No examples on this server."),
      Object.keys(CONSUMERS).map(function (consumer) {
        var own = examples.filter(function (e) { return e.consumer === consumer; });
        if (!own.length) return null;
        return h(
          "div",
          { key: consumer },
          h("h3", { className: "pg-subtitle" }, CONSUMERS[consumer]),
          h(
            "ul",
            { className: "pg-list" },
            own.map(function (e) {
              return h(
                "li",
                { key: e.file },
                h(
                  "button",
                  {
                    type: "button",
                    className: "pg-item",
                    "data-example": consumer + "/" + e.file,
                    onClick: function () {
                      var next = { query: e.query, variables: e.variables };
                      if (tokens.length) next.headers = authorization(tokenOf(e.role));
                      actions.set(next);
                    },
                  },
                  h("strong", null, e.file.replace(/\.graphql$/, "")),
                  h("span", null, e.role + " · " + e.title),
                ),
              );
            }),
          ),
        );
      }),
    );
  }

  var PLUGINS = [{ title: "Examples", icon: icon("M4 6h16M4 12h16M4 18h10"), content: ExamplesPanel }];
  if (tokens.length) PLUGINS.unshift({ title: "Demo tokens", icon: icon("M15 7a4 4 0 1 1-3.9 4.9L4 19v-3h2v-2h2l2.1-2.1A4 4 0 0 1 15 7zm1 3h.01"), content: TokensPanel });

  var fetcher = GraphiQL.createFetcher({ url: settings.endpoint });
  var DEFAULT_QUERY = "# The Parnasse partner API. Docs: the book icon; the consumers' operations: Examples" + (tokens.length ? "; a role's token: Demo tokens." : ".") + "\n{\n  me {\n    role\n  }\n}\n";

  function App() {
    var state = React.useState({});
    var values = state[0];
    var setValues = state[1];
    actions.set = function (next) {
      ReactDOM.flushSync(function () { setValues({}); });
      setValues(next);
    };
    var props = {
      fetcher: fetcher,
      plugins: PLUGINS,
      visiblePlugin: tokens.length ? "Demo tokens" : undefined,
      defaultQuery: DEFAULT_QUERY,
      defaultEditorToolsVisibility: tokens.length ? "headers" : true,
      query: values.query,
      variables: values.variables,
      headers: values.headers,
    };
    if (!settings.introspection) props.schema = null;
    var ide = h(GraphiQL, props, h(GraphiQL.Logo, null, "Parnasse playground"));
    var notice = settings.introspection ? null : h("p", { className: "pg-notice", role: "status" }, "Introspection is off on this server (GRAPHQL_INTROSPECTION): no docs and no completion; operations still run.");
    return h("div", { className: "pg-root" }, notice, h("div", { className: "pg-ide" }, ide));
  }

  ReactDOM.createRoot(document.getElementById("playground")).render(h(App));
})();
`;

export const CLIENT_STYLES = `html, body, #playground { height: 100%; margin: 0; }
.pg-root { display: flex; flex-direction: column; height: 100%; }
.pg-ide { flex: 1; min-height: 0; }
.pg-loading { font-family: system-ui, sans-serif; padding: 1rem; }
.pg-notice { margin: 0; padding: 0.5rem 1rem; background: #fff4d6; color: #5c4300; font-family: system-ui, sans-serif; font-size: 14px; }
.pg-panel { font-size: 14px; }
.pg-title { font-size: 1.4em; margin: 0 0 0.5em; }
.pg-subtitle { font-size: 1.05em; margin: 1em 0 0.3em; }
.pg-note { color: hsla(var(--color-neutral), var(--alpha-secondary)); margin: 0 0 0.75em; }
.pg-list { list-style: none; margin: 0; padding: 0; }
.pg-item { display: flex; flex-direction: column; align-items: flex-start; width: 100%; text-align: left; padding: 0.35em 0.5em; margin: 0 0 0.2em;
  border: 1px solid hsla(var(--color-neutral), var(--alpha-background-heavy)); border-radius: 6px; background: transparent; color: inherit; cursor: pointer; font: inherit; }
.pg-item:hover, .pg-item:focus-visible { background: hsla(var(--color-primary), var(--alpha-background-light)); }
.pg-item span { color: hsla(var(--color-neutral), var(--alpha-secondary)); font-size: 0.9em; }
`;
