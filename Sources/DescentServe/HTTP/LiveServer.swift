import Descent
import DescentScene
import Foundation
import Hummingbird
import Logging

/// `descent serve`: the live page and its HTTP API (README, "Live preview") on Hummingbird.
/// Nothing is served but the routes below: no file of the disk is ever read by a request
/// except the scene file (`GET /scene`) and what the scene itself names.
public enum LiveServer {
    /// Most bytes of a request body (a set of overrides).
    static let bodyLimit = 64 * 1024

    /// Serves `session` on `host`:`port` (0: a free port) until `stop()` is true (checked every
    /// 0.1 s); `running` gets the URL once the server listens. Every `heartbeat` the pages'
    /// event streams get a comment, which keeps them open through proxies and tells the
    /// server when a page has gone.
    public static func run(_ session: LiveSession, host: String, port: Int, heartbeat: Duration = .seconds(15),
                           running: @escaping @Sendable (String) -> Void, stop: @escaping @Sendable () -> Bool) async throws {
        let router = Router()
        router.middlewares.add(LocalRequests(hosts: LocalRequests.loopback(host) ?? []))
        routes(router, session)
        var logger = Logger(label: "descent-serve")
        logger.logLevel = .critical
        let app = Application(
            router: router,
            configuration: .init(address: .hostname(host, port: port), serverName: "descent"),
            onServerRunning: { channel in
                let bound = channel.localAddress?.port ?? port
                let shown = host.contains(":") ? "[\(host)]" : host
                running("http://\(shown):\(bound)/")
            },
            logger: logger)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await app.runService(gracefulShutdownSignals: []) }
            group.addTask {
                while !stop() && !Task.isCancelled { try await Task.sleep(for: .milliseconds(100)) }
                session.stop()
            }
            group.addTask {
                while !Task.isCancelled {
                    try await Task.sleep(for: heartbeat)
                    session.events.ping()
                }
            }
            // Whichever ends first (the server failing to bind, or a stop) ends both.
            try await group.next()
            group.cancelAll()
        }
    }

    private static func routes(_ router: Router<BasicRequestContext>, _ session: LiveSession) {
        router.get("/") { _, _ in text(LivePage.html, type: "text/html; charset=utf-8") }
        router.get("/page.js") { _, _ in text(LivePage.script, type: "text/javascript; charset=utf-8") }
        router.get("/page.css") { _, _ in text(LivePage.style, type: "text/css; charset=utf-8") }
        router.get("/figure.png") { _, _ in
            switch session.figure {
            case let .success((png, info)): image(png, info: info)
            case let .failure(error): text(error.description, status: .serviceUnavailable)
            }
        }
        for format in [ImageFormat.svg, .pdf] {
            router.get("/figure.\(format.rawValue)") { request, _ in
                switch await session.export(format) {
                case let .success((data, name)):
                    var response = Response(status: .ok, headers: [.contentType: mediaType(format), .cacheControl: "no-store"],
                                            body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
                    if request.uri.queryParameters["download"] != nil {
                        response.headers[.contentDisposition] = "attachment; filename=\"\(name)\""
                    }
                    return response
                case let .failure(error):
                    return text(error.description, status: .unprocessableContent)
                }
            }
        }
        router.get("/scene") { _, _ in
            session.sceneText.map { text($0, type: "text/yaml; charset=utf-8") } ?? text("no scene yet", status: .serviceUnavailable)
        }
        router.get("/controls") { _, _ in
            session.controls.map { text($0, type: "application/json") } ?? text("no scene yet", status: .serviceUnavailable)
        }
        router.get("/events") { _, _ in
            let stream = session.events.subscribe()
            return Response(status: .ok, headers: [.contentType: "text/event-stream", .cacheControl: "no-store"],
                            body: ResponseBody { writer in
                                // A comment first, so the page knows it is connected.
                                try await writer.write(ByteBuffer(string: ": descent\n\n"))
                                for await event in stream { try await writer.write(ByteBuffer(string: event)) }
                                try await writer.finish(nil)
                            })
        }
        router.post("/render") { request, _ in
            switch await overrides(request, session) {
            case let .failure(error): return text(error.description, status: .badRequest)
            case let .success(overrides): return answer(await session.render(overrides))
            }
        }
        router.post("/save") { request, _ in
            switch await overrides(request, session) {
            case let .failure(error): return text(error.description, status: .badRequest)
            case let .success(overrides):
                switch await session.save(overrides) {
                case let .success(path): return text(LiveSession.json(["saved": path]), type: "application/json")
                case let .failure(error): return text(error.description, status: .conflict)
                }
            }
        }
        router.get("/frames/:frame") { _, context in
            guard let name = context.parameters.get("frame"), name.hasSuffix(".png"), let index = Int(name.dropLast(4)), index >= 0 else {
                return text("frames are /frames/N.png", status: .notFound)
            }
            return answer(await session.frame(index))
        }
    }

    /// The overrides a request's body holds (a JSON object), read as scene keys.
    private static func overrides(_ request: Request, _ session: LiveSession) async -> Result<[SceneOverride], WatchError> {
        var request = request
        guard let body = try? await request.collectBody(upTo: bodyLimit) else {
            return .failure(WatchError("the request body is over \(bodyLimit / 1024) KB"))
        }
        do {
            return .success(try SceneOverrides.parse(json: Data(body.readableBytesView), file: session.path))
        } catch {
            return .failure(WatchError(error.description))
        }
    }

    private static func answer(_ outcome: LiveSession.Outcome) -> Response {
        switch outcome {
        case let .figure(png, info): image(png, info: info)
        case let .refused(message): text(message, status: .unprocessableContent)
        case .superseded: text("superseded by a newer request", status: .conflict)
        }
    }

    private static func image(_ png: Data, info: String) -> Response {
        Response(status: .ok, headers: [.contentType: "image/png", .cacheControl: "no-store", .init("X-Descent-Render")!: info],
                 body: ResponseBody(byteBuffer: ByteBuffer(bytes: png)))
    }

    private static func text(_ body: String, type: String = "text/plain; charset=utf-8", status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: type, .cacheControl: "no-store"],
                 body: ResponseBody(byteBuffer: ByteBuffer(string: status == .ok ? body : body + "\n")))
    }

    private static func mediaType(_ format: ImageFormat) -> String {
        switch format {
        case .png: "image/png"
        case .svg: "image/svg+xml"
        case .pdf: "application/pdf"
        }
    }
}
