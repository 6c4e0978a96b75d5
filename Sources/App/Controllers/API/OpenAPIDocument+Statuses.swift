/// The statuses every operation can answer because of what stands in front of its handler.
///
/// Middleware answers some requests before any handler runs: an overlong address (414), a missing
/// or revoked token (401), a role without the route's capability (403), a body that is too large (413), not JSON (415) or not well-formed (400),
/// an id in the path that names nothing the caller may reach (404). Each operation's own list
/// says what its handler adds; this fills in the rest, so the document names every status the
/// server can give and a fuzzer finds no undocumented one.
extension OpenAPIDocument {
    static func withStandardStatuses(_ document: JSONValue) -> JSONValue {
        guard case .object(var top) = document else { return document }
        for (index, (key, value)) in top.enumerated() where key == "paths" {
            guard case .object(var paths) = value else { continue }
            for (pathIndex, (path, item)) in paths.enumerated() {
                guard case .object(var operations) = item else { continue }
                for (operationIndex, (method, operation)) in operations.enumerated() {
                    operations[operationIndex].1 = completed(operation, path: path, method: method)
                }
                paths[pathIndex].1 = .object(operations)
            }
            top[index].1 = .object(paths)
        }
        return .object(top)
    }

    private static func completed(_ operation: JSONValue, path: String, method: String) -> JSONValue {
        guard case .object(var members) = operation, path.hasPrefix("/api/v1/") else { return operation }
        var standard: [(String, String)] = [("414", "The address is over 16 KB")]
        if operation["security"] != nil {
            standard.append(("401", "No valid token"))
            // The gate in routes.swift answers 403 before the handler when the role lacks the capability.
            standard.append(("403", "The caller's role may not do this"))
        }
        if path.contains("{") { standard.append(("404", "No such record within your scope")) }
        if operation["requestBody"] != nil {
            standard += [
                ("400", "The body is not well-formed JSON of the right shape"), ("413", "The body is too large"),
                ("415", "The body is not JSON"), ("422", "Invalid fields, listed in error.fields"),
            ]
        }
        for (index, (key, value)) in members.enumerated() where key == "responses" {
            guard case .object(var responses) = value else { continue }
            for (status, description) in standard where !responses.contains(where: { $0.0 == status }) {
                responses.append((status, errorResponse(description)))
            }
            members[index].1 = .object(responses)
        }
        return .object(members)
    }
}
