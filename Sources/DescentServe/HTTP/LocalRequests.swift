import Hummingbird

/// Refuses requests another web site could make through the user's browser: a page served
/// on loopback is reachable from any site the browser shows. A request must name this server
/// in its `Host` (so a name rebound to 127.0.0.1 by DNS gets nothing); a `POST` must carry
/// JSON (which a cross-site form cannot send without the browser asking first, and this server
/// never allows) and, when the browser says where it comes from, come from this server's page.
struct LocalRequests: RouterMiddleware {
    typealias Context = BasicRequestContext

    /// Host names the server answers to (without port); empty: any (serving to a network).
    let hosts: Set<String>

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let authority = request.head.authority ?? ""
        guard hosts.isEmpty || hosts.contains(Self.hostName(authority)) else {
            return refusal("this server answers to \(hosts.sorted().joined(separator: ", ")) only", .misdirectedRequest)
        }
        if request.method == .post {
            guard request.headers[.contentType]?.hasPrefix("application/json") == true else {
                return refusal("a POST must be JSON (Content-Type: application/json)", .unsupportedMediaType)
            }
            if let origin = request.headers[.origin], origin != "http://\(authority)" {
                return refusal("requests from \(origin) are refused", .forbidden)
            }
        }
        return try await next(request, context)
    }

    /// `127.0.0.1` of `127.0.0.1:8080`, `::1` of `[::1]:8080`.
    static func hostName(_ authority: String) -> String {
        if authority.hasPrefix("["), let close = authority.firstIndex(of: "]") {
            return String(authority[authority.index(after: authority.startIndex)..<close])
        }
        return String(authority.split(separator: ":", maxSplits: 1).first ?? "")
    }

    /// The names of a loopback server: the address it listens on, and what a browser calls it.
    static func loopback(_ host: String) -> Set<String>? {
        let names: Set<String> = ["127.0.0.1", "localhost", "::1"]
        return names.contains(host) || host.hasPrefix("127.") ? names.union([host]) : nil
    }

    private func refusal(_ message: String, _ status: HTTPResponse.Status) -> Response {
        Response(status: status, headers: [.contentType: "text/plain; charset=utf-8"],
                 body: ResponseBody(byteBuffer: ByteBuffer(string: message + "\n")))
    }
}
