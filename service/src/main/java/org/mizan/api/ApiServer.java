package org.mizan.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.router.ParsedEndpoint;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.mizan.access.AccountExistsException;
import org.mizan.access.AuthenticationException;
import org.mizan.access.Authenticator;
import org.mizan.access.Principal;
import org.mizan.access.Role;
import org.mizan.audit.AuditDraft;
import org.mizan.audit.AuditEvent;
import org.mizan.audit.AuditLog;
import org.mizan.audit.StoreUnavailableException;
import org.mizan.match.Match;
import org.mizan.model.Subject;
import org.mizan.model.Watchlist;
import org.mizan.paxlst.Manifest;
import org.mizan.paxlst.ManifestReader;
import org.mizan.paxlst.PaxlstFormatException;
import org.mizan.screening.AuditedScreening;
import org.mizan.screening.InputFormatException;
import org.mizan.screening.ManifestJson;
import org.mizan.screening.ManifestScreening;
import org.mizan.screening.Screening;
import org.mizan.screening.ScreeningJson;
import org.mizan.screening.ScreeningRecord;
import org.mizan.screening.ScreeningResult;
import org.mizan.screening.Screenings;
import org.mizan.screening.SubjectReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Mizan's HTTP API: JSON API v1, the OpenSanctions-compatible {@code /match}, {@code /health},
 * {@code /metrics} and {@code /openapi.json}, on Javalin (Jetty).
 *
 * <p>Every route but {@code /health} needs {@code Authorization: Bearer <API key>} or HTTP Basic
 * with a user's name and password (401 without), a role the route allows (403) and stays within the
 * caller's rate limit (429). Errors are {@code {"error": {"status", "message"}}}; the store being
 * down is a 503 and nothing is acknowledged that was not stored. No log line holds a screened name.
 * Routes and roles: {@code docs/api.md} and {@code /openapi.json}.
 */
public final class ApiServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
  private static final String PRINCIPAL = "mizan.principal";
  private static final String STARTED = "mizan.started";

  /**
   * Failed authentications allowed from one address at once before 429; as many again each minute.
   */
  static final int FAILURES_BURST = 10;

  private final Javalin app;
  private final Settings settings;
  private final Routes routes;

  /**
   * What the API may be asked.
   *
   * @param bind the address to listen on, e.g. {@code 127.0.0.1}
   * @param port the port, 0 for any free one
   * @param maxRequestBytes the largest request body accepted (413 above)
   * @param maxBatch the most subjects in one {@code /api/v1/screen} batch (and queries in one
   *     {@code /match}) (413 above)
   * @param requestsPerSecond requests a second allowed per caller (429 above)
   * @param screeningThreads how many requests screen at once (the others wait their turn): the
   *     processors, so that matching, which is all CPU, does not thrash the caches
   */
  public record Settings(
      String bind,
      int port,
      long maxRequestBytes,
      int maxBatch,
      int requestsPerSecond,
      int screeningThreads) {
    /** Settings screening on every processor. */
    public Settings(
        String bind, int port, long maxRequestBytes, int maxBatch, int requestsPerSecond) {
      this(
          bind,
          port,
          maxRequestBytes,
          maxBatch,
          requestsPerSecond,
          Runtime.getRuntime().availableProcessors());
    }

    public Settings {
      if (screeningThreads < 1) {
        throw new IllegalArgumentException("screeningThreads must be at least 1");
      }
      if (port < 0 || port > 65_535) {
        throw new IllegalArgumentException("--port: 0–65535");
      }
      if (maxRequestBytes < 1024 || maxBatch < 1 || requestsPerSecond < 1) {
        throw new IllegalArgumentException("limits must be positive");
      }
    }
  }

  /**
   * The use cases and ports the routes call.
   *
   * @param authenticator checks credentials, creates users and keys
   * @param audit the audit trail
   * @param screening screening over the lists in force
   * @param manifests screening of passenger messages
   * @param recorder stores and audits screenings
   * @param screenings stored screenings and alerts
   * @param json renders screening results
   * @param manifestJson renders screened manifests
   * @param today today's date, for dates of birth
   * @param nanos a monotonic clock, for rate limits
   * @param databaseUp whether the database answers now
   * @param metrics the Prometheus registry
   * @param review alert review: dispositions and four-eyes
   * @param alerts alerts as stored
   * @param taskReview closing follow-up tasks
   * @param tasks follow-up tasks as stored
   * @param now the current time, for the age of alerts and overdue tasks
   * @param monitoring monitored subjects
   * @param retention retention: the supervisor's unmask of masked screenings
   */
  public record Parts(
      Authenticator authenticator,
      AuditLog audit,
      Screening screening,
      ManifestScreening manifests,
      AuditedScreening recorder,
      Screenings screenings,
      ScreeningJson json,
      ManifestJson manifestJson,
      Supplier<LocalDate> today,
      LongSupplier nanos,
      BooleanSupplier databaseUp,
      PrometheusMeterRegistry metrics,
      org.mizan.review.AlertReview review,
      org.mizan.review.Alerts alerts,
      org.mizan.review.TaskReview taskReview,
      org.mizan.review.Tasks tasks,
      Supplier<java.time.Instant> now,
      org.mizan.screening.Monitoring monitoring,
      org.mizan.retention.Retention retention) {}

  private ApiServer(Javalin app, Settings settings, Routes routes) {
    this.app = app;
    this.settings = settings;
    this.routes = routes;
  }

  /** Creates the server; {@link #start()} starts it. */
  public static ApiServer create(Settings settings, Parts parts) {
    Routes routes = new Routes(settings, parts);
    Javalin app =
        Javalin.create(
            config -> {
              config.http.maxRequestSize = settings.maxRequestBytes();
              config.http.prefer405over404 = true;
              config.startup.showJavalinBanner = false;
              config.jetty.host = settings.bind();
              config.jetty.port = settings.port();
              // Errors Jetty answers before the routes are JSON too.
              config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
              config.jetty.modifyServletContextHandler(
                  handler -> handler.setErrorHandler(new JsonErrorHandler()));
              routes.register(config.routes);
            });
    routes.router = app.unsafe.internalRouter;
    return new ApiServer(app, settings, routes);
  }

  /**
   * Says that start-up is over (the first API key printed, the list versions put in force, the
   * monitored subjects re-screened): until then {@code /health} answers 503 {@code "starting"}, so
   * that a caller waiting for it finds the service ready.
   */
  public void ready() {
    routes.ready = true;
  }

  /**
   * Starts listening; returns once the port is bound.
   *
   * @throws ListenException when the port is taken or the address is not this machine's
   */
  public ApiServer start() {
    try {
      app.start(settings.bind(), settings.port());
    } catch (io.javalin.util.JavalinBindException e) {
      app.stop();
      throw new ListenException(
          "cannot listen on "
              + settings.bind()
              + ":"
              + settings.port()
              + ": the port is in use, or the address is not one of this machine's",
          e);
    }
    return this;
  }

  /** The port listened on. */
  public int port() {
    return app.port();
  }

  /**
   * The roles each registered route allows, by {@code METHOD path}: role ids ({@code analyst},
   * ...), or none for the public {@code /health}.
   */
  public java.util.Map<String, Set<String>> routeRoles() {
    java.util.Map<String, Set<String>> out = new java.util.TreeMap<>();
    for (ParsedEndpoint e : app.unsafe.internalRouter.allHttpHandlers()) {
      if (!e.endpoint.method.isHttpMethod()
          || e.endpoint.method == io.javalin.http.HandlerType.HEAD) {
        // Every HEAD route is its GET route's, with its roles.
        continue;
      }
      io.javalin.security.Roles roles = e.endpoint.metadata(io.javalin.security.Roles.class);
      Set<String> ids = new java.util.TreeSet<>();
      if (roles != null) {
        for (io.javalin.security.RouteRole r : roles.getRoles()) {
          if (r instanceof Allowed.As as) {
            ids.add(as.role().id());
          }
        }
      }
      out.put(e.endpoint.method.name() + " " + e.endpoint.path, ids);
    }
    return out;
  }

  @Override
  public void close() {
    app.stop();
  }

  /** The routes and their handlers. */
  private static final class Routes {
    private final Settings settings;
    private final Parts p;
    private final ObjectMapper mapper;
    private final RateLimiter limiter;
    private final YenteMatch yente;
    private final com.fasterxml.jackson.databind.ObjectReader strict;
    private final byte[] openapi;
    private final java.util.concurrent.Semaphore screeningSlots;
    // Failed authentications per address: each costs an Argon2 hash, and guessing needs many.
    private final RateLimiter failures;
    private volatile boolean ready;

    Routes(Settings settings, Parts parts) {
      this.screeningSlots = new java.util.concurrent.Semaphore(settings.screeningThreads(), true);
      this.settings = settings;
      this.p = parts;
      this.mapper = parts.json().mapper();
      this.limiter = new RateLimiter(settings.requestsPerSecond(), parts.nanos());
      this.failures = new RateLimiter(FAILURES_BURST, FAILURES_BURST / 60.0, parts.nanos());
      this.yente = new YenteMatch(mapper, settings.maxBatch());
      // A key given twice or a second value after the first would be read one way here and
      // another way by whatever logged or forwarded the request: both are refused.
      this.strict =
          mapper
              .reader()
              .with(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
              .with(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
      this.openapi = resource("openapi.json");
    }

    /**
     * Where in {@code node} (at {@code at}) the first number a double cannot hold (read as
     * infinite) is, as a path such as {@code subjects[1].id} (a key that is not a format's word
     * written {@code …}, {@link org.mizan.lists.ParserMessages#isFormatKey}: the client's keys may
     * be anything), or null where there is none.
     */
    private static String beyondDoubleRange(JsonNode node, String at) {
      if (node.isFloatingPointNumber()) {
        return Double.isFinite(node.doubleValue()) ? null : at;
      }
      if (node.isArray()) {
        for (int i = 0; i < node.size(); i++) {
          String found = beyondDoubleRange(node.get(i), at + "[" + i + "]");
          if (found != null) {
            return found;
          }
        }
      }
      if (node.isObject()) {
        for (java.util.Iterator<java.util.Map.Entry<String, JsonNode>> fields = node.fields();
            fields.hasNext(); ) {
          java.util.Map.Entry<String, JsonNode> field = fields.next();
          String key =
              org.mizan.lists.ParserMessages.isFormatKey(field.getKey()) ? field.getKey() : "…";
          String found = beyondDoubleRange(field.getValue(), at.isEmpty() ? key : at + "." + key);
          if (found != null) {
            return found;
          }
        }
      }
      return null;
    }

    /** The routes as registered, for the methods a 405 names ({@link #methodsOf}); set once. */
    private volatile io.javalin.router.InternalRouter router;

    void register(io.javalin.config.RoutesConfig r) {
      Role analyst = Role.ANALYST;
      Role supervisor = Role.SUPERVISOR;
      Role auditor = Role.AUDITOR;
      Role admin = Role.ADMIN;
      r.beforeMatched(this::authorise);
      r.afterMatched(this::measure);
      get(r, "/health", this::health, Allowed.PUBLIC);
      get(r, "/metrics", this::metrics, Allowed.roles(analyst, supervisor, auditor, admin));
      get(r, "/openapi.json", this::openapi, Allowed.roles(analyst, supervisor, auditor, admin));
      r.post("/api/v1/screen", this::screen, Allowed.roles(analyst, supervisor));
      r.post("/api/v1/manifests", this::manifest, Allowed.roles(analyst, supervisor));
      r.post("/match/{dataset}", this::match, Allowed.roles(analyst, supervisor));
      get(r, "/api/v1/lists", this::lists, Allowed.roles(analyst, supervisor, auditor, admin));
      get(r, "/api/v1/screenings/{id}", this::screeningRecord, Allowed.roles(analyst, supervisor));
      r.post("/api/v1/screenings/{id}/unmask", this::unmask, Allowed.roles(supervisor));
      get(
          r,
          "/api/v1/screenings/{id}/certificate",
          this::certificate,
          Allowed.roles(analyst, supervisor, auditor));
      get(r, "/api/v1/alerts", this::alertQueue, Allowed.roles(analyst, supervisor));
      get(r, "/api/v1/alerts/{id}", this::alert, Allowed.roles(analyst, supervisor));
      r.post("/api/v1/alerts/{id}/decisions", this::decide, Allowed.roles(analyst, supervisor));
      r.post(
          "/api/v1/alerts/{id}/decisions/{decisionId}/confirm",
          this::confirm,
          Allowed.roles(supervisor));
      r.post("/api/v1/alerts/{id}/assign", this::assign, Allowed.roles(analyst, supervisor));
      r.delete("/api/v1/good-guys/{decisionId}", this::unlist, Allowed.roles(supervisor));
      r.post("/api/v1/subjects", this::monitor, Allowed.roles(analyst, supervisor));
      get(r, "/api/v1/subjects", this::monitoredByReference, Allowed.roles(analyst, supervisor));
      get(r, "/api/v1/subjects/{id}", this::monitored, Allowed.roles(analyst, supervisor));
      r.delete("/api/v1/subjects/{id}", this::endMonitoring, Allowed.roles(analyst, supervisor));
      get(r, "/api/v1/tasks", this::tasks, Allowed.roles(analyst, supervisor, auditor));
      get(r, "/api/v1/tasks/{id}", this::task, Allowed.roles(analyst, supervisor, auditor));
      r.post("/api/v1/tasks/{id}/status", this::taskStatus, Allowed.roles(analyst, supervisor));
      get(r, "/api/v1/audit", this::audit, Allowed.roles(auditor));
      get(r, "/api/v1/audit/verify", this::auditVerify, Allowed.roles(auditor));
      r.post("/api/v1/users", this::addUser, Allowed.roles(admin));
      r.post("/api/v1/keys", this::createKey, Allowed.roles(admin));
      r.delete("/api/v1/keys/{name}", this::revokeKey, Allowed.roles(admin));
      r.delete("/api/v1/users/{name}", this::disableUser, Allowed.roles(admin));
      r.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
      r.exception(
          AuthenticationException.class,
          (e, ctx) -> {
            ctx.header("WWW-Authenticate", "Bearer realm=\"mizan\", Basic realm=\"mizan\"");
            error(ctx, 401, e.getMessage());
          });
      r.exception(InputFormatException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
      r.exception(
          org.mizan.audit.Reasons.InvalidReasonException.class,
          (e, ctx) -> error(ctx, 400, e.getMessage()));
      r.exception(PaxlstFormatException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
      r.exception(AccountExistsException.class, (e, ctx) -> error(ctx, 409, e.getMessage()));
      r.exception(
          org.mizan.access.LastAdministratorException.class,
          (e, ctx) -> error(ctx, 409, e.getMessage()));
      r.exception(
          org.mizan.screening.AlreadyMonitoredException.class,
          (e, ctx) -> error(ctx, 409, e.getMessage()));
      r.exception(
          org.mizan.screening.ListsMovedException.class,
          (e, ctx) -> error(ctx, 409, e.getMessage()));
      r.exception(
          org.mizan.review.ReviewException.class,
          (e, ctx) ->
              error(
                  ctx,
                  switch (e.kind()) {
                    case INVALID -> 400;
                    case FORBIDDEN -> 403;
                    case NOT_FOUND -> 404;
                    case CONFLICT -> 409;
                  },
                  e.getMessage()));
      r.exception(
          org.mizan.access.ThrottledException.class,
          (e, ctx) -> {
            ctx.header("Retry-After", "6");
            error(ctx, 429, e.getMessage());
          });
      r.exception(
          org.mizan.audit.UnreadableEventException.class,
          (e, ctx) -> error(ctx, 409, e.getMessage()));
      r.exception(
          org.mizan.screening.UnreadableScreeningException.class,
          (e, ctx) -> error(ctx, 409, e.getMessage()));
      r.exception(
          StoreUnavailableException.class,
          (e, ctx) -> {
            LOG.warn("{} {}: {}", ctx.method(), route(ctx), e.getMessage());
            ctx.header("Retry-After", "5");
            error(ctx, 503, e.getMessage());
          });
      r.exception(
          HttpResponseException.class,
          (e, ctx) -> {
            if (e.getStatus() == 405) {
              // RFC 9110, 15.5.6: a 405 names the methods the resource has.
              ctx.header("Allow", String.join(", ", methodsOf(ctx.path())));
            }
            error(
                ctx,
                e.getStatus(),
                e.getStatus() == 413
                    ? "the request body is larger than " + settings.maxRequestBytes() + " bytes"
                    : e.getMessage());
          });
      r.exception(
          Exception.class,
          (e, ctx) -> {
            if (bodyCutShort(e)) {
              // The client's fault, not the server's: one line in the log, no stack trace.
              LOG.warn("{} {}: the request body was cut short", ctx.method(), route(ctx));
              error(
                  ctx,
                  400,
                  "the request body could not be read whole: the connection ended before it did,"
                      + " or its chunked encoding is malformed");
              return;
            }
            LOG.error("internal error on {} {}", ctx.method(), route(ctx), e);
            error(ctx, 500, "internal error; the server log has the details");
          });
    }

    /** The methods the routes answer at {@code path}, HEAD with GET. */
    private List<String> methodsOf(String path) {
      List<String> methods = new ArrayList<>();
      for (io.javalin.http.HandlerType type :
          List.of(
              io.javalin.http.HandlerType.GET,
              io.javalin.http.HandlerType.POST,
              io.javalin.http.HandlerType.PUT,
              io.javalin.http.HandlerType.PATCH,
              io.javalin.http.HandlerType.DELETE)) {
        if (router.hasHttpHandlerEntry(type, path)) {
          methods.add(type.name());
          if (type == io.javalin.http.HandlerType.GET) {
            methods.add("HEAD");
          }
        }
      }
      return methods;
    }

    /**
     * Whether {@code e} comes of a request body that ended early: Jetty's end of input ({@link
     * org.eclipse.jetty.io.EofException}) in its causes, as a truncated body or a malformed chunk
     * gives.
     */
    private static boolean bodyCutShort(Throwable e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof org.eclipse.jetty.io.EofException) {
          return true;
        }
      }
      return false;
    }

    /**
     * A GET route, and HEAD at the same path answered by the same handler with the same roles
     * (Jetty sends no body for HEAD): a load balancer probing {@code /health} so gets its status.
     */
    private static void get(
        io.javalin.config.RoutesConfig r,
        String path,
        io.javalin.http.Handler handler,
        io.javalin.security.RouteRole... roles) {
      r.get(path, handler, roles);
      r.head(path, handler, roles);
    }

    private void authorise(Context ctx) {
      ctx.attribute(STARTED, p.nanos().getAsLong());
      Set<io.javalin.security.RouteRole> roles = ctx.routeRoles();
      if (roles.contains(Allowed.PUBLIC)) {
        return;
      }
      String address = ctx.ip();
      java.util.List<String> headers =
          java.util.Collections.list(ctx.req().getHeaders("Authorization"));
      Principal principal;
      try {
        if (headers.size() > 1) {
          throw new AuthenticationException("more than one Authorization header: send one");
        }
        principal =
            p.authenticator()
                .authenticate(
                    headers.stream().findFirst(), address, () -> failures.available(address));
      } catch (AuthenticationException e) {
        // Only credentials that were checked count: asking without any costs nothing.
        if (!headers.isEmpty()) {
          failures.take(address);
        }
        throw e;
      }
      if (!roles.contains(new Allowed.As(principal.role()))) {
        throw new ApiException(
            403,
            "the role " + principal.role().id() + " may not " + ctx.method() + " " + route(ctx));
      }
      if (!limiter.take(principal.actor())) {
        ctx.header("Retry-After", "1");
        throw new ApiException(
            429,
            "too many requests: at most " + settings.requestsPerSecond() + " a second per caller");
      }
      ctx.attribute(PRINCIPAL, principal);
      String query = ctx.queryString();
      if (query != null) {
        String decoded;
        try {
          decoded = java.net.URLDecoder.decode(query, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
          // A parameter the server could not decode would be dropped and its default used.
          throw ApiException.invalid("the query string is not valid percent-encoding");
        }
        // No parameter holds a control character (PostgreSQL refuses NUL) or invalid UTF-8.
        if (decoded.codePoints().anyMatch(Character::isISOControl)
            || decoded.indexOf('\uFFFD') >= 0) {
          throw ApiException.invalid(
              "the query string holds a control character or bytes that are not UTF-8");
        }
      }
    }

    private void measure(Context ctx) {
      Long started = ctx.attribute(STARTED);
      if (started == null) {
        return;
      }
      Timer.builder("mizan_http_requests")
          .description("HTTP requests served, by route and status")
          .tag("method", ctx.method().name())
          .tag("route", route(ctx))
          .tag("status", Integer.toString(ctx.statusCode()))
          .register(p.metrics())
          .record(p.nanos().getAsLong() - started, java.util.concurrent.TimeUnit.NANOSECONDS);
    }

    /**
     * The path of the route the request matched, as registered (e.g. {@code /api/v1/alerts/{id}}).
     */
    private static String route(Context ctx) {
      io.javalin.router.Endpoint e = ctx.endpoints().matchedHttpEndpoint();
      return e == null ? ctx.path() : e.path;
    }

    private Principal principal(Context ctx) {
      Principal principal = ctx.attribute(PRINCIPAL);
      if (principal == null) {
        throw new IllegalStateException("a protected route ran without a principal");
      }
      return principal;
    }

    private void health(Context ctx) {
      boolean up = p.databaseUp().getAsBoolean();
      ObjectNode o = mapper.createObjectNode();
      o.put("status", !ready ? "starting" : up ? "ok" : "unavailable");
      o.put("database", up ? "up" : "down");
      o.put("lists", p.screening().lists().size());
      send(ctx, ready && up ? 200 : 503, o);
    }

    private void metrics(Context ctx) {
      ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(p.metrics().scrape());
    }

    private void openapi(Context ctx) {
      ctx.contentType("application/json").result(openapi);
    }

    private void screen(Context ctx) {
      onlyParams(ctx, "threshold", "limit", "hits_only");
      JsonNode body = bodyJson(ctx);
      double threshold = threshold(ctx);
      int limit = limit(ctx, Screening.DEFAULT_LIMIT);
      boolean hitsOnly = hitsOnly(ctx);
      LocalDate today = p.today().get();
      boolean batch = body.has("subjects");
      List<JsonNode> objects = subjectObjects(body);
      List<Subject> subjects = new ArrayList<>(objects.size());
      for (int i = 0; i < objects.size(); i++) {
        subjects.add(
            batch
                ? SubjectReader.fromJson(
                    objects.get(i).toString(), "subjects[" + i + "]", i + 1, today)
                : SubjectReader.fromJson(body.toString(), "body", 0, today));
      }
      List<AuditedScreening.Done> done = new ArrayList<>(subjects.size());
      for (Subject s : subjects) {
        done.add(
            new AuditedScreening.Done(
                p.screening().screen(s, threshold, limit, hitsOnly),
                ScreeningRecord.SCREEN,
                Optional.empty()));
      }
      List<AuditedScreening.Recorded> recorded = p.recorder().record(done, principal(ctx).actor());
      if (!batch) {
        send(ctx, 200, rendered(recorded.get(0)));
        return;
      }
      ObjectNode root = mapper.createObjectNode();
      ArrayNode results = root.putArray("results");
      recorded.forEach(r -> results.add(rendered(r)));
      send(ctx, 200, root);
    }

    /**
     * The subject objects of a body that is one subject or a batch {@code {"subjects": [...]}} of
     * at most the configured batch size.
     */
    private List<JsonNode> subjectObjects(JsonNode body) {
      if (!body.has("subjects")) {
        return List.of(body);
      }
      if (body.size() > 1) {
        throw ApiException.invalid(
            "a batch is {\"subjects\": [...]} and nothing beside it; a subject's keys go inside"
                + " its object");
      }
      JsonNode array = body.get("subjects");
      if (!array.isArray() || array.isEmpty()) {
        throw ApiException.invalid("subjects: expected a non-empty array of subjects");
      }
      if (array.size() > settings.maxBatch()) {
        throw new ApiException(
            413,
            "subjects: "
                + array.size()
                + " subjects; at most "
                + settings.maxBatch()
                + " in one request");
      }
      List<JsonNode> objects = new ArrayList<>(array.size());
      for (int i = 0; i < array.size(); i++) {
        JsonNode s = array.get(i);
        if (!s.isObject()) {
          throw ApiException.invalid("subjects[" + i + "]: expected an object");
        }
        objects.add(s);
      }
      return objects;
    }

    private ObjectNode rendered(AuditedScreening.Recorded r) {
      ObjectNode o = r.rendered();
      o.put("screening_id", r.screeningId());
      r.alertId().ifPresent(a -> o.put("alert_id", a));
      return o;
    }

    private void manifest(Context ctx) {
      onlyParams(ctx, "threshold", "limit", "hits_only");
      refuseEncoded(ctx);
      byte[] body = ctx.bodyAsBytes();
      if (body.length == 0) {
        throw ApiException.invalid("the body is empty: send a PAXLST or PNRGOV message");
      }
      double threshold = threshold(ctx);
      int limit = limit(ctx, Screening.DEFAULT_LIMIT);
      boolean hitsOnly = hitsOnly(ctx);
      LocalDate today = p.today().get();
      Manifest manifest = ManifestReader.read(body, "request body", today);
      ManifestScreening.Result result =
          cpu(() -> p.manifests().screen(manifest, today, threshold, limit, hitsOnly));
      List<AuditedScreening.Done> done = new ArrayList<>();
      List<Integer> owners = new ArrayList<>();
      for (int i = 0; i < result.results().size(); i++) {
        ManifestScreening.TravellerResult t = result.results().get(i);
        if (t.screenings().isEmpty()) {
          continue;
        }
        ScreeningResult first = t.screenings().get(0);
        List<Match> merged = t.matches();
        ScreeningResult combined =
            new ScreeningResult(
                first.subject(),
                first.lists(),
                first.programs(),
                merged,
                threshold,
                first.zone(),
                first.hitsOnly());
        ObjectNode context = mapper.createObjectNode();
        // The traveller's own message type, which decides how long the record is kept (a TIF
        // among a PAXLST message's travellers is PNR data: a helper's find).
        context.put("format", t.traveller().format().name());
        context.put("carrier", manifest.flight().carrier());
        context.put("flight", manifest.flight().number());
        context.put("traveller", t.number());
        if (!t.traveller().bookedName().isEmpty()) {
          context.put("booked_name", t.traveller().bookedName());
        }
        done.add(
            new AuditedScreening.Done(combined, ScreeningRecord.MANIFEST, Optional.of(context)));
        owners.add(i);
      }
      List<AuditedScreening.Recorded> recorded = p.recorder().record(done, principal(ctx).actor());
      ObjectNode root = p.manifestJson().result(result, p.screening().lists());
      ArrayNode results = (ArrayNode) root.get("results");
      for (int k = 0; k < recorded.size(); k++) {
        ObjectNode o = (ObjectNode) results.get(owners.get(k));
        o.put("screening_id", recorded.get(k).screeningId());
        recorded.get(k).alertId().ifPresent(a -> o.put("alert_id", a));
        // As stored: with entry hashes and the good-guy list's suppressions.
        o.set("matches", recorded.get(k).rendered().get("matches"));
      }
      send(ctx, 200, root);
    }

    private void match(Context ctx) {
      JsonNode body = bodyJson(ctx);
      String dataset = ctx.pathParam("dataset");
      // An unknown dataset is a 404 whatever the body holds, as in yente.
      YenteMatch.Dataset selected = YenteMatch.dataset(dataset, p.screening().lists());
      List<YenteMatch.Query> queries = yente.parse(body, p.today().get());
      YenteMatch.Params params = YenteMatch.Params.parse(ctx::queryParams);
      params.checkNames(p.screening().lists());
      if (params.screened(selected).isEmpty()) {
        throw ApiException.invalid(
            "include_dataset and exclude_dataset leave no list of the dataset '"
                + dataset
                + "' to screen against");
      }
      int screenings = queries.stream().mapToInt(q -> q.subjects().size()).sum();
      if (screenings > settings.maxBatch()) {
        throw new ApiException(
            413,
            "queries: "
                + screenings
                + " screenings (each name × country × identifier of a query is one); at most "
                + settings.maxBatch()
                + " in one request");
      }
      List<AuditedScreening.Done> done = new ArrayList<>();
      ObjectNode response =
          cpu(
              () ->
                  yente.response(
                      queries,
                      dataset,
                      p.screening(),
                      result -> done.add(asSeen(result, selected, params)),
                      params));
      p.recorder().record(done, principal(ctx).actor());
      send(ctx, 200, response);
    }

    /**
     * A {@code /match} screening as stored: against the lists of the dataset that the request's
     * {@code include_dataset} and {@code exclude_dataset} leave, its matches those the caller sees
     * (that pass the request's other filters and cutoff, the best up to its limit) and every hit in
     * those lists besides. The other filters ({@code exclude_schema}, {@code exclude_entity_ids},
     * {@code topics}) and the limit choose what the caller is shown, never what is stored: a hit
     * they hide still makes an alert, so that no stored screening (nor its certificate) says "no
     * hit" of a list in which there was one.
     */
    private static AuditedScreening.Done asSeen(
        ScreeningResult result, YenteMatch.Dataset dataset, YenteMatch.Params params) {
      Set<String> sources = dataset.sources();
      List<Watchlist> lists = params.screened(dataset);
      Set<String> screened =
          lists.stream().map(l -> l.version().source()).collect(Collectors.toSet());
      double cutoff = Math.min(params.cutoff(), params.threshold());
      List<Match> matches = new ArrayList<>();
      int shown = 0;
      // In rank order: the caller's up to the limit, and every hit in the lists screened.
      for (Match m : result.matches()) {
        boolean seen =
            shown < params.limit()
                && sources.contains(m.source())
                && params.keeps(m)
                && m.score() >= cutoff;
        shown += seen ? 1 : 0;
        if (seen || (screened.contains(m.source()) && m.score() >= params.threshold())) {
          matches.add(m);
        }
      }
      return new AuditedScreening.Done(
          new ScreeningResult(
              result.subject(),
              lists,
              result.programs(),
              matches,
              params.threshold(),
              result.zone(),
              result.hitsOnly()),
          ScreeningRecord.MATCH,
          Optional.empty());
    }

    /**
     * Runs CPU-bound screening when one of the processors is free: more at once only thrash the
     * caches (measured: 16 concurrent callers on 2 cores screened fewer per second than 4).
     */
    private <T> T cpu(java.util.function.Supplier<T> work) {
      try {
        screeningSlots.acquire();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ApiException(503, "the service is stopping");
      }
      try {
        return work.get();
      } finally {
        screeningSlots.release();
      }
    }

    private void lists(Context ctx) {
      send(ctx, 200, p.json().lists(p.screening().lists()));
    }

    private void screeningRecord(Context ctx) {
      Screenings.Found f = found(ctx);
      ObjectNode o = screening(f, false);
      exported(ctx, f.record().id(), "screening");
      send(ctx, 200, o);
    }

    /**
     * A supervisor reads a masked screening in full, with a reason: audited ({@code unmask}) before
     * it is shown; it stays masked.
     */
    private void unmask(Context ctx) {
      JsonNode body = bodyJson(ctx);
      Screenings.Found f =
          p.retention().unmask(ctx.pathParam("id"), text(body, "reason"), principal(ctx));
      send(ctx, 200, screening(f, true));
    }

    /** A stored screening as the API shows it; masked unless {@code unmasked}. */
    private ObjectNode screening(Screenings.Found f, boolean unmasked) {
      ScreeningRecord r = f.record();
      ObjectNode o = mapper.createObjectNode();
      o.put("screening_id", r.id());
      o.put("screened_at", r.at().toString());
      o.put("screened_by", r.actor());
      o.put("channel", r.channel());
      o.set("query", unmasked ? tree(r.subject()) : query(f));
      o.set("lists", tree(r.lists()));
      if (f.retained().reducedAt().isEmpty()) {
        o.set("matches", unmasked ? tree(r.matches()) : matches(f));
      }
      o.put("threshold", r.threshold());
      if (r.hitsOnly()) {
        o.put("hits_only", true);
      }
      o.put("hits", r.hits());
      r.alertId().ifPresent(a -> o.put("alert_id", a));
      o.put("audit_seq", f.stored().auditSeq());
      o.put("record_matches_event", recordMatchesEvent(f));
      retention(f, o);
      return o;
    }

    /** What retention did to a screening, when anything: {@code "retention": {...}}. */
    private void retention(Screenings.Found f, ObjectNode o) {
      Screenings.Retained t = f.retained();
      if (t.maskedAt().isEmpty() && t.reducedAt().isEmpty()) {
        return;
      }
      ObjectNode ret = o.putObject("retention");
      ret.put("category", f.record().category());
      t.maskedAt().ifPresent(at -> ret.put("masked_at", at.toString()));
      t.reducedAt().ifPresent(at -> ret.put("reduced_at", at.toString()));
    }

    /**
     * The query of a stored screening; of a masked one only {@code {"masked": true}} and the flight
     * (format, carrier, number), which do not identify the traveller.
     */
    private JsonNode query(Screenings.Found f) {
      JsonNode q = tree(f.record().subject());
      if (!f.retained().masked()) {
        return q;
      }
      ObjectNode masked = mapper.createObjectNode();
      masked.put("masked", true);
      JsonNode context = q.path("context");
      if (context.isObject()) {
        ObjectNode c = masked.putObject("context");
        for (String k : List.of("format", "carrier", "flight")) {
          if (context.has(k)) {
            c.set(k, context.get(k));
          }
        }
      }
      return masked;
    }

    /**
     * The matches of a stored screening; of a masked one without what quotes the traveller or names
     * the entry ({@code name}, {@code matched}, {@code explanation}): the entry's source, id and
     * score remain.
     */
    private JsonNode matches(Screenings.Found f) {
      JsonNode matches = tree(f.record().matches());
      if (f.retained().masked()) {
        for (JsonNode m : matches) {
          if (m instanceof ObjectNode o) {
            o.remove(List.of("name", "matched", "explanation"));
          }
        }
      }
      return matches;
    }

    private void certificate(Context ctx) {
      Principal principal = principal(ctx);
      Screenings.Found f = found(ctx);
      ScreeningRecord r = f.record();
      boolean intact = recordMatchesEvent(f);
      if (!intact) {
        throw new ApiException(
            409,
            "no certificate: the stored screening no longer matches its audit event "
                + f.stored().auditSeq()
                + " (it was changed after it was recorded); report it to the data protection"
                + " officer");
      }
      ObjectNode o = mapper.createObjectNode();
      o.put(
          "certificate", r.hits() == 0 ? "no hit" : r.hits() + " hit" + (r.hits() == 1 ? "" : "s"));
      o.put("screening_id", r.id());
      o.put("screened_at", r.at().toString());
      o.put("screened_by", r.actor());
      o.put("channel", r.channel());
      o.set("query", query(f));
      o.set("lists", tree(r.lists()));
      o.put("threshold", r.threshold());
      if (r.hitsOnly()) {
        o.put("hits_only", true);
      }
      o.put("hits", r.hits());
      r.alertId().ifPresent(a -> o.put("alert_id", a));
      ObjectNode audit = o.putObject("audit");
      audit.put("seq", f.stored().auditSeq());
      audit.put("hash", f.stored().auditHash());
      audit.put("record_sha256", f.contentHash());
      audit.put("record_matches_event", intact);
      retention(f, o);
      o.put("issued_to", principal.actor());
      exported(ctx, r.id(), "certificate");
      send(ctx, 200, o);
    }

    private void alertQueue(Context ctx) {
      onlyParams(ctx, "status", "limit", "min_score", "older_than_hours", "list", "flight");
      String status = Optional.ofNullable(ctx.queryParam("status")).orElse("open");
      org.mizan.review.Alert.State state =
          java.util.Arrays.stream(org.mizan.review.Alert.State.values())
              .filter(st -> st.id().equals(status))
              .findFirst()
              .orElseThrow(() -> ApiException.invalid("status: open, in-review or closed"));
      int limit = (int) longParam(ctx, "limit", 100, 1, 10_000);
      java.util.OptionalDouble minScore = java.util.OptionalDouble.empty();
      if (ctx.queryParam("min_score") != null) {
        minScore = org.mizan.screening.Decimals.unit(ctx.queryParam("min_score"));
        if (minScore.isEmpty()) {
          throw ApiException.invalid("min_score: " + org.mizan.screening.Decimals.UNIT);
        }
      }
      long olderThan = longParam(ctx, "older_than_hours", 0, 0, 100_000);
      org.mizan.review.Alerts.Filter filter =
          new org.mizan.review.Alerts.Filter(
              Optional.ofNullable(ctx.queryParam("list")).filter(l -> !l.isBlank()),
              minScore,
              olderThan == 0
                  ? Optional.empty()
                  : Optional.of(p.now().get().minus(java.time.Duration.ofHours(olderThan))),
              Optional.ofNullable(ctx.queryParam("flight")).filter(f -> !f.isBlank()));
      List<org.mizan.review.Alerts.Summary> queue = p.alerts().queue(state, filter, limit);
      if (queue.isEmpty() && filter.list().isPresent()) {
        refuseUnknownList(filter.list().get(), state);
      }
      ObjectNode root = mapper.createObjectNode();
      ArrayNode array = root.putArray("alerts");
      for (org.mizan.review.Alerts.Summary a : queue) {
        ObjectNode o = array.addObject();
        o.put("alert_id", a.id());
        o.put("screening_id", a.screeningId());
        o.put("state", a.state());
        o.put("hits", a.hits());
        o.put("created_at", a.createdAt());
        a.assignedTo().ifPresent(t -> o.put("assigned_to", t));
      }
      send(ctx, 200, root);
    }

    /**
     * Refuses a query parameter the route does not read, or one given twice: either would be
     * ignored, or read as its first value, and the answer would look like the one asked for ({@code
     * ?threshhold=0.5} screened at 0.85, {@code ?state=closed} gave the open queue: a breaker's
     * find). The name is said; the value is never repeated.
     */
    private static void onlyParams(Context ctx, String... names) {
      java.util.List<String> known = java.util.List.of(names);
      for (java.util.Map.Entry<String, java.util.List<String>> p : ctx.queryParamMap().entrySet()) {
        String name = p.getKey();
        if (name.isEmpty()) {
          // What a stray & leaves (?a=1&, ?a=1&&b=2): nothing given, as form decoding reads it.
          if (p.getValue().stream().allMatch(String::isEmpty)) {
            continue;
          }
          throw ApiException.invalid("a query parameter has a value but no name");
        }
        if (!known.contains(name)) {
          throw ApiException.invalid(
              (name.matches("[A-Za-z0-9_.-]{1,40}") ? "'" + name + "'" : "a query parameter")
                  + " is not read here; "
                  + (known.isEmpty()
                      ? "this route takes none"
                      : "this route reads " + String.join(", ", known)));
        }
        if (p.getValue().size() > 1) {
          throw ApiException.invalid(
              name + ": given " + p.getValue().size() + " times; give it once");
        }
      }
    }

    /**
     * An empty queue filtered by a list that is not in force: a misspelt list name would otherwise
     * read as a queue with nothing to review. A list no longer in force still filters the alerts
     * raised while it was.
     */
    private void refuseUnknownList(String list, org.mizan.review.Alert.State state) {
      List<String> inForce =
          p.screening().lists().stream().map(w -> w.version().source()).sorted().toList();
      if (!inForce.contains(list)) {
        throw ApiException.invalid(
            "list: no list of that name is in force and no "
                + state.id()
                + " alert has a hit on it; the lists in force: "
                + String.join(", ", inForce));
      }
    }

    private void alert(Context ctx) {
      org.mizan.review.Alert a =
          p.alerts()
              .find(ctx.pathParam("id"))
              .orElseThrow(() -> new ApiException(404, "no alert with this id"));
      Screenings.Found f =
          p.screenings()
              .find(a.screeningId())
              .orElseThrow(() -> new ApiException(404, "no screening for this alert"));
      ObjectNode o = mapper.createObjectNode();
      o.put("alert_id", a.id());
      o.put("screening_id", a.screeningId());
      o.put("state", a.state().id());
      a.assignedTo().ifPresent(t -> o.put("assigned_to", t));
      o.set("query", query(f));
      o.set("lists", tree(f.record().lists()));
      ArrayNode hits = o.putArray("hits");
      for (JsonNode m : matches(f)) {
        if (m.path("hit").asBoolean(false) && !m.path("suppressed").asBoolean(false)) {
          hits.add(m);
        }
      }
      ArrayNode decisions = o.putArray("decisions");
      a.decisions().forEach(d -> decisions.add(decision(d).put("status", a.statusOf(d))));
      retention(f, o);
      exported(ctx, a.screeningId(), "alert");
      send(ctx, 200, o);
    }

    private ObjectNode decision(org.mizan.review.Decision d) {
      ObjectNode o = mapper.createObjectNode();
      o.put("id", d.id());
      o.put("source", d.source());
      o.put("entry", d.entry());
      o.put("disposition", d.disposition().id());
      o.put("reason", d.reason());
      o.put("decided_by", d.decidedBy());
      o.put("decided_at", d.decidedAt().toString());
      o.put("status", d.status());
      d.confirmation()
          .ifPresent(
              c -> {
                ObjectNode co = o.putObject("confirmation");
                co.put("by", c.by());
                co.put("at", c.at().toString());
                co.put("reason", c.reason());
              });
      return o;
    }

    private void decide(Context ctx) {
      JsonNode body = bodyJson(ctx);
      org.mizan.review.Decision d =
          p.review()
              .decide(
                  ctx.pathParam("id"),
                  text(body, "source"),
                  text(body, "entry"),
                  text(body, "disposition"),
                  text(body, "reason"),
                  principal(ctx));
      send(ctx, 201, decision(d));
    }

    private void confirm(Context ctx) {
      JsonNode body = bodyJson(ctx);
      org.mizan.review.AlertReview.Confirmed confirmed =
          p.review()
              .confirm(
                  ctx.pathParam("id"),
                  ctx.pathParam("decisionId"),
                  text(body, "reason"),
                  principal(ctx));
      ObjectNode o = decision(confirmed.decision());
      ArrayNode created = o.putArray("follow_up_tasks");
      confirmed.tasks().forEach(t -> created.add(task(t)));
      send(ctx, 200, o);
    }

    /**
     * Follow-up tasks, soonest due first, as JSON or CSV; a read-out holding any task is audited as
     * an export.
     */
    private void tasks(Context ctx) {
      onlyParams(ctx, "status", "format", "alert", "due_before", "limit");
      String status = Optional.ofNullable(ctx.queryParam("status")).orElse("open");
      Optional<org.mizan.review.Task.Status> wanted =
          status.equals("all") ? Optional.empty() : org.mizan.review.Task.Status.parse(status);
      if (wanted.isEmpty() && !status.equals("all")) {
        throw ApiException.invalid("status: open, done, cancelled or all");
      }
      String format = Optional.ofNullable(ctx.queryParam("format")).orElse("json");
      if (!format.equals("json") && !format.equals("csv")) {
        throw ApiException.invalid("format: json or csv");
      }
      int limit = (int) longParam(ctx, "limit", 1_000, 1, 10_000);
      List<org.mizan.review.Task> tasks =
          p.tasks()
              .list(
                  new org.mizan.review.Tasks.Filter(
                      wanted,
                      dueBefore(ctx),
                      Optional.ofNullable(ctx.queryParam("alert")).filter(a -> !a.isBlank())),
                  limit);
      if (!tasks.isEmpty()) {
        exported(ctx, "tasks", format.equals("csv") ? "tasks-csv" : "tasks");
      }
      if (format.equals("csv")) {
        List<List<String>> rows = new ArrayList<>(tasks.size());
        for (org.mizan.review.Task t : tasks) {
          ObjectNode o = task(t);
          rows.add(TASK_COLUMNS.stream().map(c -> noFormula(o.path(c).asText(""))).toList());
        }
        byte[] csv;
        try {
          csv = TASKS_CSV.writeValueAsBytes(rows);
        } catch (JsonProcessingException e) {
          throw new UncheckedIOException(e);
        }
        ctx.status(200)
            .contentType("text/csv; charset=utf-8")
            .header("Content-Disposition", "attachment; filename=\"follow-up-tasks.csv\"")
            .result(csv);
        return;
      }
      ObjectNode root = mapper.createObjectNode();
      ArrayNode array = root.putArray("tasks");
      tasks.forEach(t -> array.add(task(t)));
      send(ctx, 200, root);
    }

    private static Optional<java.time.Instant> dueBefore(Context ctx) {
      String v = ctx.queryParam("due_before");
      if (v == null || v.isBlank()) {
        return Optional.empty();
      }
      try {
        return Optional.of(
            v.strip().length() == 10
                ? LocalDate.parse(v.strip()).atStartOfDay(java.time.ZoneOffset.UTC).toInstant()
                : java.time.Instant.parse(v.strip()));
      } catch (java.time.format.DateTimeParseException e) {
        throw ApiException.invalid(
            "due_before: a date (2026-12-03, UTC midnight) or a UTC time (2026-12-03T12:00:00Z)");
      }
    }

    /** The columns of the CSV export, in order: the keys of a task's JSON. */
    private static final List<String> TASK_COLUMNS =
        List.of(
            "id",
            "alert_id",
            "decision_id",
            "source",
            "entry",
            "kind",
            "addressee",
            "basis",
            "due_at",
            "status",
            "overdue",
            "created_by",
            "created_at",
            "closed_by",
            "closed_at",
            "reason");

    /** The tasks' CSV (RFC 4180, Jackson): a header row of {@link #TASK_COLUMNS}, CRLF lines. */
    private static final com.fasterxml.jackson.databind.ObjectWriter TASKS_CSV =
        new com.fasterxml.jackson.dataformat.csv.CsvMapper()
            // Quotes only what RFC 4180 needs quoted (a comma, quote or line break).
            .enable(
                com.fasterxml.jackson.dataformat.csv.CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
            .writer(
                com.fasterxml.jackson.dataformat.csv.CsvSchema.builder()
                    .addColumns(
                        TASK_COLUMNS,
                        com.fasterxml.jackson.dataformat.csv.CsvSchema.ColumnType.STRING)
                    .setUseHeader(true)
                    .setLineSeparator("\r\n")
                    .build());

    /**
     * A cell a spreadsheet does not run as a formula: a leading {@code = + - @}, tab or carriage
     * return is preceded by an apostrophe.
     */
    private static String noFormula(String value) {
      return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    private void task(Context ctx) {
      org.mizan.review.Task t =
          p.tasks()
              .find(ctx.pathParam("id"))
              .orElseThrow(() -> new ApiException(404, "no follow-up task with this id"));
      exported(ctx, t.id(), "task");
      send(ctx, 200, task(t));
    }

    private void taskStatus(Context ctx) {
      JsonNode body = bodyJson(ctx);
      org.mizan.review.Task t =
          p.taskReview()
              .close(
                  ctx.pathParam("id"), text(body, "status"), text(body, "reason"), principal(ctx));
      send(ctx, 200, task(t));
    }

    private ObjectNode task(org.mizan.review.Task t) {
      ObjectNode o = mapper.createObjectNode();
      o.put("id", t.id());
      o.put("alert_id", t.alertId());
      o.put("decision_id", t.decisionId());
      o.put("source", t.source());
      o.put("entry", t.entry());
      o.put("kind", t.kind().id());
      o.put("addressee", t.addressee());
      o.put("basis", t.basis());
      o.put("due_at", t.dueAt().toString());
      o.put("status", t.status().id());
      o.put("overdue", t.overdue(p.now().get()));
      o.put("created_by", t.createdBy());
      o.put("created_at", t.createdAt().toString());
      t.closing()
          .ifPresent(
              c -> {
                o.put("closed_by", c.by());
                o.put("closed_at", c.at().toString());
                o.put("reason", c.reason());
              });
      return o;
    }

    /** A supervisor takes a pair off the good-guy list: the hit raises alerts again. */
    private void unlist(Context ctx) {
      JsonNode body = bodyJson(ctx);
      p.review().unlist(ctx.pathParam("decisionId"), text(body, "reason"), principal(ctx));
      ctx.status(204);
    }

    /**
     * Registers one subject ({@code {"name", ..., "reference"}}) or a batch ({@code {"subjects":
     * [...]}}) for monitoring; each is screened at once, as {@code /api/v1/screen} would.
     */
    private void monitor(Context ctx) {
      onlyParams(ctx, "threshold", "limit");
      JsonNode body = bodyJson(ctx);
      double threshold = threshold(ctx);
      int limit = limit(ctx, Screening.DEFAULT_LIMIT);
      LocalDate today = p.today().get();
      List<JsonNode> objects = subjectObjects(body);
      boolean batch = body.has("subjects");
      List<org.mizan.screening.Monitoring.Registration> registrations =
          new ArrayList<>(objects.size());
      java.util.Set<String> references = new java.util.HashSet<>();
      for (int i = 0; i < objects.size(); i++) {
        JsonNode o = objects.get(i);
        String where = batch ? "subjects[" + i + "]" : "body";
        Subject subject = SubjectReader.fromJson(o.toString(), where, batch ? i + 1 : 0, today);
        for (java.util.Iterator<String> keys = o.fieldNames(); keys.hasNext(); ) {
          String key = keys.next();
          if (!key.equals("reference")
              && org.mizan.screening.SubjectFields.plainKey(key).equals("reference")) {
            // Unknown as written, it was left out without a word (a re-breaker's find).
            throw ApiException.invalid(
                where
                    + ": the key 'reference' has an invisible character or a no-break space in it:"
                    + " remove it");
          }
        }
        JsonNode ref = o.get("reference");
        if (ref != null && ref.isNull()) {
          ref = null;
        }
        if (ref != null && !ref.isTextual()) {
          throw ApiException.invalid(where + ".reference: a string");
        }
        org.mizan.screening.Monitoring.Registration registration;
        try {
          registration =
              new org.mizan.screening.Monitoring.Registration(
                  subject, ref == null ? "" : ref.asText().strip());
        } catch (IllegalArgumentException e) {
          throw ApiException.invalid(where + "." + e.getMessage());
        }
        if (!registration.reference().isEmpty() && !references.add(registration.reference())) {
          throw ApiException.invalid(
              where + ".reference: given to another subject of the batch too");
        }
        registrations.add(registration);
      }
      String actor = principal(ctx).actor();
      List<org.mizan.screening.Monitoring.Registered> registered =
          cpu(() -> p.monitoring().register(registrations, p.screening(), threshold, limit, actor));
      List<ObjectNode> out = new ArrayList<>(registered.size());
      for (int i = 0; i < registered.size(); i++) {
        ObjectNode o = rendered(registered.get(i).screening());
        o.put("subject_id", registered.get(i).subjectId());
        String reference = registrations.get(i).reference();
        if (!reference.isEmpty()) {
          o.put("reference", reference);
        }
        out.add(o);
      }
      if (!batch) {
        send(ctx, 201, out.get(0));
        return;
      }
      ObjectNode root = mapper.createObjectNode();
      out.forEach(root.putArray("results")::add);
      send(ctx, 201, root);
    }

    private void monitored(Context ctx) {
      org.mizan.screening.MonitoredSubjects.Monitored m =
          p.monitoring()
              .find(ctx.pathParam("id"))
              .orElseThrow(() -> new ApiException(404, "no monitored subject with this id"));
      ObjectNode o = mapper.createObjectNode();
      o.put("subject_id", m.id());
      if (!m.reference().isEmpty()) {
        o.put("reference", m.reference());
      }
      m.subject().ifPresent(s -> o.set("subject", tree(s)));
      ArrayNode hits = o.putArray("hits");
      for (org.mizan.screening.MonitoredSubjects.RaisedHit h : p.monitoring().hits(m.id())) {
        ObjectNode hit = hits.addObject();
        hit.put("source", h.hit().pair().source());
        hit.put("entry", h.hit().pair().entry());
        hit.put("entry_sha256", h.hit().pair().entrySha256());
        hit.put("screening_id", h.hit().screeningId());
        h.alertId().ifPresent(a -> hit.put("alert_id", a));
      }
      o.put("registered_by", m.registeredBy());
      o.put("registered_at", m.registeredAt().toString());
      o.put("status", m.ended().isPresent() ? "ended" : "monitored");
      m.ended()
          .ifPresent(
              e -> {
                o.put("ended_by", e.by());
                o.put("ended_at", e.at().toString());
              });
      exported(ctx, m.id(), "monitored-subject");
      send(ctx, 200, o);
    }

    /** The subjects registered under a reference: {@code GET /api/v1/subjects?reference=R}. */
    private void monitoredByReference(Context ctx) {
      onlyParams(ctx, "reference");
      String reference = ctx.queryParam("reference");
      if (reference == null || reference.isBlank()) {
        throw ApiException.invalid(
            "reference: required, the reference the subjects were registered with");
      }
      ObjectNode root = mapper.createObjectNode();
      ArrayNode array = root.putArray("subjects");
      for (org.mizan.screening.MonitoredSubjects.Monitored m :
          p.monitoring().byReference(reference.strip())) {
        ObjectNode o = array.addObject();
        o.put("subject_id", m.id());
        o.put("reference", m.reference());
        o.put("registered_at", m.registeredAt().toString());
        o.put("status", m.ended().isPresent() ? "ended" : "monitored");
      }
      send(ctx, 200, root);
    }

    private void endMonitoring(Context ctx) {
      JsonNode body = bodyJson(ctx);
      String id = ctx.pathParam("id");
      if (!p.monitoring().end(id, text(body, "reason"), principal(ctx).actor())) {
        if (p.monitoring().find(id).isPresent()) {
          throw new ApiException(409, "the monitoring of this subject has ended already");
        }
        throw new ApiException(404, "no monitored subject with this id");
      }
      ctx.status(204);
    }

    private void assign(Context ctx) {
      JsonNode body = bodyJson(ctx);
      p.review().assign(ctx.pathParam("id"), text(body, "to"), principal(ctx));
      ctx.status(204);
    }

    /** Audits that stored personal data left the store: who read what. */
    private void exported(Context ctx, String target, String what) {
      if (ctx.method() == io.javalin.http.HandlerType.HEAD) {
        // HEAD sends no body: nothing left the server.
        return;
      }
      p.audit()
          .append(
              List.of(
                  new AuditDraft(
                      principal(ctx).actor(),
                      AuditEvent.EXPORT,
                      target,
                      "",
                      "{\"export\":\"" + what + "\"}")));
    }

    /** Whether a stored screening still matches the record hash its audit event carries. */
    private boolean recordMatchesEvent(Screenings.Found f) {
      List<AuditEvent> event = p.audit().read(f.stored().auditSeq(), 1);
      return !event.isEmpty()
          && event.get(0).hash().equals(f.stored().auditHash())
          && event
              .get(0)
              .draft()
              .details()
              .contains("\"record_sha256\":\"" + f.contentHash() + "\"");
    }

    private Screenings.Found found(Context ctx) {
      return p.screenings()
          .find(ctx.pathParam("id"))
          .orElseThrow(() -> new ApiException(404, "no screening with this id"));
    }

    private void audit(Context ctx) {
      onlyParams(ctx, "from", "limit");
      long from = longParam(ctx, "from", 1, 1, Long.MAX_VALUE);
      int limit = (int) longParam(ctx, "limit", 1_000, 1, 10_000);
      Principal principal = principal(ctx);
      List<AuditEvent> events = p.audit().read(from, limit);
      ObjectNode root = mapper.createObjectNode();
      ArrayNode array = root.putArray("events");
      for (AuditEvent e : events) {
        ObjectNode o = array.addObject();
        o.put("seq", e.seq());
        o.put("at", e.at().toString());
        o.put("actor", e.draft().actor());
        o.put("action", e.draft().action());
        o.put("target", e.draft().target());
        o.put("reason", e.draft().reason());
        o.set("details", tree(e.draft().details()));
        o.put("previous_hash", e.previousHash());
        o.put("hash", e.hash());
      }
      // A page short of the limit reached the end of the trail as it was read: a reader of the
      // whole trail stops there, though its own reading (an event) and others follow (a new
      // user's find: following "next" until an empty page never stopped).
      root.put("end", events.size() < limit);
      if (!events.isEmpty()) {
        root.put("next", events.get(events.size() - 1).seq() + 1);
        // Reading events is audited; reading past the end reads nothing, and HEAD no body.
        if (ctx.method() != io.javalin.http.HandlerType.HEAD) {
          exportedAudit(principal, from, events.size());
        }
      }
      send(ctx, 200, root);
    }

    private void exportedAudit(Principal principal, long from, int count) {
      p.audit()
          .append(
              List.of(
                  new AuditDraft(
                      principal.actor(),
                      AuditEvent.EXPORT,
                      "audit",
                      "",
                      "{\"export\":\"audit\",\"from\":" + from + ",\"events\":" + count + "}")));
    }

    private void auditVerify(Context ctx) {
      AuditLog.ChainCheck check = p.audit().verify();
      ObjectNode o = mapper.createObjectNode();
      o.put("intact", check.broken().isEmpty());
      o.put("events_checked", check.intact());
      check
          .broken()
          .ifPresent(
              b -> {
                o.put("broken_at", b.seq());
                o.put("problem", b.problem());
              });
      o.put("guarded", p.audit().guarded());
      AuditLog.Head head = p.audit().head();
      o.put("head_seq", head.seq());
      o.put("head_hash", head.hash());
      Screenings.RecordCheck records = p.screenings().verifyRecords();
      o.put("screenings_intact", records.changed().isEmpty());
      o.put("screenings_checked", records.intact());
      o.put("screenings_deleted_by_retention", records.deleted());
      records
          .changed()
          .ifPresent(
              c -> {
                o.put("changed_screening", c.screeningId());
                o.put("changed_screening_audit_seq", c.auditSeq());
                o.put("changed_screening_problem", records.problem());
              });
      send(ctx, 200, o);
    }

    private void addUser(Context ctx) {
      addAccount(ctx, true);
    }

    private void createKey(Context ctx) {
      addAccount(ctx, false);
    }

    private void revokeKey(Context ctx) {
      if (!p.authenticator().revokeKey(ctx.pathParam("name"), principal(ctx).actor())) {
        throw new ApiException(404, "no API key of this name in force");
      }
      ctx.status(204);
    }

    private void disableUser(Context ctx) {
      if (!p.authenticator().disableUser(ctx.pathParam("name"), principal(ctx).actor())) {
        throw new ApiException(404, "no user of this name in force");
      }
      ctx.status(204);
    }

    /** Adds a user ({@code name, role, password}) or creates an API key ({@code name, role}). */
    private void addAccount(Context ctx, boolean user) {
      JsonNode body = bodyJson(ctx);
      String name = text(body, "name");
      Role role = role(body);
      String actor = principal(ctx).actor();
      ObjectNode o = mapper.createObjectNode();
      o.put("name", name);
      o.put("role", role.id());
      try {
        if (user) {
          p.authenticator().addUser(name, role, text(body, "password"), actor);
        } else {
          o.put("key", p.authenticator().createKey(name, role, actor));
        }
      } catch (IllegalArgumentException e) {
        throw ApiException.invalid(e.getMessage());
      }
      send(ctx, 201, o);
    }

    private static Role role(JsonNode body) {
      String id = text(body, "role");
      return Role.parse(id).orElseThrow(() -> ApiException.invalid("role: one of " + Role.ids()));
    }

    private static String text(JsonNode body, String key) {
      JsonNode v = body.get(key);
      if (v == null || !v.isTextual()) {
        throw ApiException.invalid(key + ": required, a string");
      }
      return v.asText();
    }

    /**
     * A body sent compressed is refused (415), whether its codings come in one {@code
     * Content-Encoding} header or several, as a list (RFC 9110, 8.4): only {@code identity} is
     * read.
     */
    private static void refuseEncoded(Context ctx) {
      java.util.Enumeration<String> headers = ctx.req().getHeaders("Content-Encoding");
      while (headers != null && headers.hasMoreElements()) {
        for (String coding : headers.nextElement().split(",")) {
          if (!coding.isBlank() && !coding.strip().equalsIgnoreCase("identity")) {
            throw new ApiException(
                415, "Content-Encoding is not accepted: send the body as it is, not compressed");
          }
        }
      }
    }

    private JsonNode bodyJson(Context ctx) {
      refuseEncoded(ctx);
      JsonNode body;
      try {
        body = strict.readTree(JsonBodyText.utf8(ctx.bodyAsBytes()));
      } catch (JsonProcessingException e) {
        long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
        long column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
        String where = " (line " + line + ", column " + column + ")";
        // Jackson's message quotes the input, which may be a name: only the position is given.
        if (e instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException) {
          throw ApiException.invalid(
              String.valueOf(e.getOriginalMessage()).contains("nesting depth")
                  ? "the body is JSON nested deeper than the 1,000 levels accepted"
                  : "the body holds a number or string longer than the JSON reader accepts");
        }
        if (String.valueOf(e.getOriginalMessage()).startsWith("Duplicate field")) {
          throw ApiException.invalid("the body has a key twice" + where + ": keep one");
        }
        if (String.valueOf(e.getOriginalMessage()).startsWith("Trailing token")) {
          throw ApiException.invalid("the body holds more than one JSON value" + where);
        }
        throw ApiException.invalid("the body is not valid JSON" + where);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (body == null || body.isMissingNode()) {
        throw ApiException.invalid("the body is empty: a JSON object is expected");
      }
      String beyond = beyondDoubleRange(body, "");
      if (beyond != null) {
        // Read as a double it is Infinity, which the body's text then writes as the string
        // "Infinity": it was screened and stored as a name (a breaker's find). Kept exact, 1.0
        // was written 1, and taken as an id (a re-breaker's find).
        throw ApiException.invalid(
            "the body holds a number beyond the range of a double (such as 1e400) at "
                + (beyond.isEmpty() ? "its top" : beyond));
      }
      if (!body.isObject()) {
        throw ApiException.invalid("the body must be a JSON object");
      }
      return body;
    }

    /**
     * Stored JSON as a tree; what no Mizan release wrote was changed outside it: a 409, and the
     * parser's message (which quotes the text, a name perhaps) is neither sent nor logged.
     */
    private JsonNode tree(String json) {
      try {
        return mapper.readTree(json);
      } catch (JsonProcessingException e) {
        throw new ApiException(
            409,
            "stored data cannot be read: it was changed outside Mizan (run mizan audit verify)");
      }
    }

    private static double threshold(Context ctx) {
      String v = ctx.queryParam("threshold");
      if (v == null) {
        return Screening.ALERT_THRESHOLD;
      }
      return org.mizan.screening.Decimals.unit(v)
          .orElseThrow(
              () -> ApiException.invalid("threshold: " + org.mizan.screening.Decimals.UNIT));
    }

    /**
     * {@code hits_only}: {@code true} to look for the hits alone, no match below the threshold
     * ({@link Screening#screen(Subject, double, int, boolean)}); {@code false} or absent for every
     * match from the reporting floor.
     */
    private static boolean hitsOnly(Context ctx) {
      String v = ctx.queryParam("hits_only");
      return switch (v == null ? "false" : v.strip()) {
        case "false" -> false;
        case "true" -> true;
        default -> throw ApiException.invalid("hits_only: true or false");
      };
    }

    private static int limit(Context ctx, int fallback) {
      return (int) longParam(ctx, "limit", fallback, 1, 100);
    }

    private static long longParam(Context ctx, String name, long fallback, long min, long max) {
      String v = ctx.queryParam(name);
      if (v == null) {
        return fallback;
      }
      try {
        long n = Long.parseLong(v.strip());
        if (n >= min && n <= max) {
          return n;
        }
      } catch (NumberFormatException e) {
        // falls through to the error
      }
      throw ApiException.invalid(name + ": a whole number from " + min + " to " + max);
    }

    private void send(Context ctx, int status, JsonNode body) {
      try {
        ctx.status(status).contentType("application/json").result(mapper.writeValueAsBytes(body));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    }

    private void error(Context ctx, int status, String message) {
      ObjectNode root = mapper.createObjectNode();
      ObjectNode e = root.putObject("error");
      e.put("status", status);
      e.put("message", message);
      send(ctx, status, root);
    }

    private static byte[] resource(String name) {
      try (InputStream in = ApiServer.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new IllegalStateException(name + " is missing from the application");
        }
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
