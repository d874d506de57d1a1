import Foundation
import Synchronization
import Testing
@testable import DescentServe

/// A scene in a folder of its own, served on a free port for the length of a test.
final class ServedScene: Sendable {
    static let text = """
        # A bowl: this comment stays when the page saves.
        title: Bowl
        surface: {name: quadratic}
        view: {x: [-2, 2], y: [-2, 2], levels: 8}
        start: [-1.5, 1]
        steps: 40
        runs:
          - optimizer: sgd
            lr: 0.1   # slow
          - optimizer: adam
            lr: 0.1
        animation: {frames: 6, size: [320, 240]}
        output: {name: bowl, size: [480, 360], formats: [png]}

        """

    let folder: Folder
    let scene: String
    let session: LiveSession
    let http: TestHTTP
    private let stopped = RenderWorkerTests.Ran<Bool>()
    private let server: Task<Void, any Error>

    init(_ text: String = ServedScene.text) async throws {
        folder = try Folder()
        scene = try folder.write("s.yaml", text)
        session = try LiveSession(path: scene)
        try session.start()
        let url = RenderWorkerTests.Ran<String>()
        let stopped = stopped, session = session
        server = Task {
            try await LiveServer.run(session, host: "127.0.0.1", port: 0, heartbeat: .milliseconds(100),
                                     running: { found in url.append(found) }, stop: { !stopped.all.isEmpty })
        }
        let deadline = Date(timeIntervalSinceNow: 30)
        while url.all.isEmpty && Date() < deadline { try await Task.sleep(for: .milliseconds(20)) }
        let found = try #require(url.all.first)
        http = TestHTTP(port: Int(found.split(separator: ":").last!.dropLast())!)
        while try http.request("GET", "/figure.png").status != 200 && Date() < deadline { try await Task.sleep(for: .milliseconds(20)) }
    }

    /// Stops the server and waits for it.
    func stop() async throws {
        stopped.append(true)
        try await server.value
    }

    func post(_ path: String, _ json: String, headers: [String: String] = ["Content-Type": "application/json"]) throws -> TestHTTP.Reply {
        try http.request("POST", path, body: json, headers: headers)
    }
}

/// A PNG's width and height, from its header.
func pngSize(_ data: Data) -> (Int, Int)? {
    guard data.count > 24, data.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) else { return nil }
    let bytes = Array(data[16..<24])
    let width = bytes[0..<4].reduce(0) { $0 << 8 | Int($1) }, height = bytes[4..<8].reduce(0) { $0 << 8 | Int($1) }
    return (width, height)
}

/// The HTTP API of `descent serve`, served in process on a free port.
@Suite(.serialized) struct LiveServerTests {
    @Test func theFigureTheSceneAndItsControls() async throws {
        let served = try await ServedScene()
        let figure = try served.http.request("GET", "/figure.png")
        #expect(figure.status == 200 && figure.headers["content-type"] == "image/png")
        #expect(pngSize(figure.body).map { [$0.0, $0.1] } == [480, 360])
        #expect(try served.http.request("GET", "/scene").text == ServedScene.text)
        let page = try JSONSerialization.jsonObject(with: served.http.request("GET", "/controls").body) as! [String: Any]
        let controls = page["controls"] as! [String: Any]
        let runs = controls["runs"] as! [[String: Any]]
        let lr = (runs[0]["sliders"] as! [[String: Any]]).first { $0["name"] as? String == "lr" }!
        #expect(lr["key"] as? String == "runs[0].lr" && lr["value"] as? Double == 0.1 && lr["scale"] as? String == "log")
        #expect((controls["starts"] as! [[String: Any]]).map { $0["key"] as! String } == ["start"])
        let info = page["info"] as! [String: Any]
        #expect((info["panels"] as! [Any]).count == 1 && (info["animation"] as! [String: Any])["frames"] as? Int == 6)
        let html = try served.http.request("GET", "/")
        #expect(html.status == 200 && html.text.contains("<script src=\"/page.js\">"))
        #expect(try served.http.request("GET", "/page.js").text.contains("EventSource(\"/events\")"))
        try await served.stop()
    }

    @Test func overridesDrawANewFigureThatStaysOnScreen() async throws {
        let served = try await ServedScene()
        let before = try served.http.request("GET", "/figure.png").body
        let reply = try served.post("/render", #"{"runs[0].lr": 0.3, "start": [1, -1.5]}"#)
        #expect(reply.status == 200 && reply.headers["content-type"] == "image/png")
        #expect(reply.body != before)
        let info = try JSONSerialization.jsonObject(with: Data(reply.headers["x-descent-render"]!.utf8)) as! [String: Any]
        #expect(info["source"] as? String == "overrides")
        #expect(try served.http.request("GET", "/figure.png").body == reply.body)
        let page = try JSONSerialization.jsonObject(with: served.http.request("GET", "/controls").body) as! [String: Any]
        #expect((page["overrides"] as! [String: Any])["runs[0].lr"] as? Double == 0.3)
        // The file is not touched.
        #expect(try String(contentsOfFile: served.scene, encoding: .utf8) == ServedScene.text)
        try await served.stop()
    }

    @Test func badOverridesGetTheSceneErrorAndTheFigureStays() async throws {
        let served = try await ServedScene()
        let before = try served.http.request("GET", "/figure.png").body
        let cases = [
            (#"{"runs[0].lr": -1}"#, "\(served.scene):9: runs[0].lr: must be > 0, got -1"),
            (#"{"runs[0].momentun": 0.9}"#, "\(served.scene):10: runs[0].momentun: unknown key for sgd; did you mean `momentum`?"),
            (#"{"runs[7].lr": 0.1}"#, "\(served.scene):8: runs[7]: no such item: `runs` has 2"),
            (#"{"surface": {"grid": "/etc/passwd"}}"#, "\(served.scene): surface: `/etc/passwd` is outside the scene's folder; an override may only name files beside the scene"),
            (#"{"surface.grid": "../../etc/passwd"}"#, "\(served.scene): surface.grid: `../../etc/passwd` is outside the scene's folder; an override may only name files beside the scene"),
        ]
        for (json, message) in cases {
            let reply = try served.post("/render", json)
            #expect(reply.status == 422 && reply.text == message + "\n", "\(json)")
        }
        // Over the scene's limits and budget: refused by the loader, nothing drawn.
        for json in [#"{"output.size": [10000, 10000]}"#, #"{"animation.frames": 10000, "animation.size": [4000, 3000]}"#,
                     #"{"runs[0].steps": 1e300}"#, #"{"view.levels": 1e9}"#] {
            let reply = try served.post("/render", json)
            #expect(reply.status == 422 && reply.text.hasPrefix(served.scene + ":") && reply.text.split(separator: "\n").count == 1, "\(json): \(reply.text)")
        }
        for json in ["[1]", "not json", #"{"runs[": 1}"#] {
            #expect(try served.post("/render", json).status == 400, "\(json)")
        }
        #expect(try served.http.request("GET", "/figure.png").body == before)
        try await served.stop()
    }

    @Test func requestsOtherSitesCouldMakeAreRefused() async throws {
        let served = try await ServedScene()
        #expect(try served.post("/render", #"{"runs[0].lr": 0.2}"#, headers: ["Content-Type": "text/plain"]).status == 415)
        #expect(try served.post("/save", #"{"runs[0].lr": 0.2}"#, headers: ["Content-Type": "application/json", "Origin": "http://evil.example"]).status == 403)
        let rebound = try served.http.request("GET", "/scene", headers: ["Host": "evil.example:80"])
        #expect(rebound.status == 421)
        #expect(try served.http.request("GET", "/../../etc/passwd").status == 404)
        #expect(try String(contentsOfFile: served.scene, encoding: .utf8) == ServedScene.text)
        try await served.stop()
    }

    @Test func aBurstOfAThousandOverridesDrawsTheNewest() async throws {
        let served = try await ServedScene()
        let http = served.http
        let statuses = RenderWorkerTests.Ran<Int>()
        DispatchQueue.concurrentPerform(iterations: 16) { client in
            for i in 0..<(1000 / 16 + 1) where client * 63 + i < 1000 {
                let lr = 0.01 + Double(client * 63 + i) * 1e-4
                let status = (try? http.request("POST", "/render", body: #"{"runs[0].lr": \#(lr), "output.size": [160, 120]}"#,
                                                headers: ["Content-Type": "application/json"]).status) ?? -1
                statuses.append(status)
            }
        }
        let counts = Dictionary(statuses.all.map { ($0, 1) }, uniquingKeysWith: +)
        #expect(counts.values.reduce(0, +) == 1000)
        #expect(Set(counts.keys).isSubset(of: [200, 409]) && counts[200, default: 0] >= 16, "\(counts)")
        #expect(try http.request("GET", "/figure.png").status == 200)
        try await served.stop()
    }

    @Test func thePageFollowsTheFileAndKeepsTheLastGoodFigure() async throws {
        let served = try await ServedScene()
        let events = try served.http.open("/events")
        #expect(TestHTTP.read(events, until: ": descent", seconds: 5).contains("text/event-stream"))
        try ServedScene.text.replacingOccurrences(of: "title: Bowl", with: "title: Bowl two").write(toFile: served.scene, atomically: true, encoding: .utf8)
        let rendered = TestHTTP.read(events, until: "\"source\":\"file\"", seconds: 10)
        #expect(rendered.contains("event: rendered"))
        #expect(try served.http.request("GET", "/scene").text.contains("title: Bowl two"))
        let good = try served.http.request("GET", "/figure.png").body
        try "runs:\n  - optimizer: sgdd\n".write(toFile: served.scene, atomically: true, encoding: .utf8)
        let failed = TestHTTP.read(events, until: "event: failed", seconds: 10)
        #expect(failed.contains("event: failed") && failed.contains("s.yaml"))
        #expect(try served.http.request("GET", "/figure.png").body == good)
        let page = try JSONSerialization.jsonObject(with: served.http.request("GET", "/controls").body) as! [String: Any]
        #expect((page["error"] as? String)?.contains("s.yaml") == true)
        // A reader that goes away mid-stream is forgotten; the server goes on.
        close(events)
        try ServedScene.text.write(toFile: served.scene, atomically: true, encoding: .utf8)
        let deadline = Date(timeIntervalSinceNow: 10)
        while served.session.events.count > 0 && Date() < deadline { try await Task.sleep(for: .milliseconds(50)) }
        #expect(served.session.events.count == 0)
        #expect(try served.http.request("GET", "/figure.png").status == 200)
        try await served.stop()
    }

    @Test func saveWritesTheValuesIntoTheFileAndKeepsItsLayout() async throws {
        let served = try await ServedScene()
        let reply = try served.post("/save", #"{"runs[0].lr": 0.25, "runs[0].momentum": 0.5, "runs[1]": null}"#)
        #expect(reply.status == 200, "\(reply.text)")
        let saved = try String(contentsOfFile: served.scene, encoding: .utf8)
        #expect(saved == ServedScene.text
            .replacingOccurrences(of: "    lr: 0.1   # slow\n", with: "    lr: 0.25   # slow\n    momentum: 0.5\n")
            .replacingOccurrences(of: "  - optimizer: adam\n    lr: 0.1\n", with: ""))
        // A file changed behind the page's back is not saved over.
        try (saved + "# edited\n").write(toFile: served.scene, atomically: true, encoding: .utf8)
        let stale = try served.post("/save", #"{"runs[0].lr": 0.5}"#)
        if stale.status == 409 { #expect(stale.text.contains("changed since it was read")) }
        try await served.stop()
    }

    @Test func framesAndDownloadsAreDrawnByTheLibrarysWriters() async throws {
        let served = try await ServedScene()
        let frame = try served.http.request("GET", "/frames/0.png")
        #expect(frame.status == 200 && pngSize(frame.body).map { [$0.0, $0.1] } == [320, 240])
        let last = try served.http.request("GET", "/frames/5.png")
        #expect(last.status == 200 && last.body != frame.body)
        #expect(try served.http.request("GET", "/frames/6.png").status == 422)
        #expect(try served.http.request("GET", "/frames/x.png").status == 404)
        let svg = try served.http.request("GET", "/figure.svg")
        #expect(svg.status == 200 && svg.text.contains("<svg") && svg.headers["content-disposition"] == nil)
        let pdf = try served.http.request("GET", "/figure.pdf?download=1")
        #expect(pdf.status == 200 && pdf.body.prefix(4) == Data("%PDF".utf8))
        #expect(pdf.headers["content-disposition"] == "attachment; filename=\"bowl.pdf\"")
        try await served.stop()
    }
}
