import Vapor

/// The OpenAPI 3.1 description of every API route. A test compares it with the routes the app
/// actually registers, so a route cannot be added without being described.
enum OpenAPIDocument {
    static func serve(req: Request) async throws -> Response {
        let response = Response(status: .ok)
        try response.content.encode(document, as: .json)
        response.headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=300")
        return response
    }

    static let document: JSONValue = [
        "openapi": "3.1.0",
        "info": [
            "title": "Sanfan API",
            "version": "1",
            "description":
                "สานฝัน ปั้นอาชีพ: the programme's JSON API. Authenticate with POST /api/v1/auth/token and send the token as `Authorization: Bearer …`. Errors are `{\"error\": {\"code\", \"message\"}}`; messages follow the user's language.",
        ],
        "servers": [["url": "/"]],
        "components": [
            "securitySchemes": ["bearer": ["type": "http", "scheme": "bearer"]],
            "schemas": [
                "Error": object(
                    required: ["error"],
                    [
                        "error": object(
                            required: ["code", "message"],
                            [
                                "code": ["type": "string"], "message": ["type": "string"],
                                "fields": ["type": "object", "additionalProperties": ["type": "string"]],
                            ]
                        )
                    ]
                ),
                "TokenRequest": object(
                    required: ["username", "password"],
                    ["username": ["type": "string"], "password": ["type": "string"]]
                ),
                "Token": object(
                    required: ["token", "token_type", "expires_at"],
                    [
                        "token": ["type": "string"], "token_type": ["type": "string", "const": "Bearer"],
                        "expires_at": ["type": "string", "format": "date-time"],
                    ]
                ),
                "Me": object(
                    required: ["id", "username", "display_name", "role", "language", "estate_ids"],
                    [
                        "id": uuid, "username": ["type": "string"], "display_name": ["type": "string"],
                        "role": ["type": "string", "enum": ["admin", "estate_officer", "partner", "viewer"]],
                        "language": ["type": "string", "enum": ["th", "en"]],
                        "estate_ids": ["type": "array", "items": uuid],
                        "organisation_id": ["type": ["string", "null"], "format": "uuid"],
                    ]
                ),
                "Estate": object(
                    required: ["id", "code", "name_th", "name_en", "province_code", "province_th", "operator_kind"],
                    [
                        "id": uuid, "code": ["type": "string"], "name_th": ["type": "string"],
                        "name_en": ["type": "string"], "province_code": ["type": "integer"],
                        "province_th": ["type": "string"],
                        "operator_kind": ["type": "string", "enum": ["ieat", "joint", "unknown"]],
                        "programme_year": ["type": ["integer", "null"], "description": "Fiscal year (BE) joined"],
                    ]
                ),
                "Occupation": object(
                    required: ["id", "code", "name_th", "name_en", "certifying_body"],
                    [
                        "id": uuid, "code": ["type": "string"], "name_th": ["type": "string"],
                        "name_en": ["type": "string"],
                        "certifying_body": ["type": "string", "enum": ["tpqi", "dsd", "none"]],
                    ]
                ),
                "Organisation": object(
                    required: ["id", "code", "short_name", "name_th", "name_en", "kind"],
                    [
                        "id": uuid, "code": ["type": "string"], "short_name": ["type": "string"],
                        "name_th": ["type": "string"], "name_en": ["type": "string"], "kind": ["type": "string"],
                    ]
                ),
            ],
        ],
        "paths": [
            "/health": [
                "get": [
                    "summary": "Liveness: 200 once the database answers",
                    "responses": [
                        "200": json(
                            "OK",
                            ["type": "object", "properties": ["status": ["type": "string", "const": "ok"]]]
                        ),
                        "503": ["description": "The database does not answer"],
                    ],
                ]
            ],
            "/api/openapi.json": [
                "get": ["summary": "This document", "responses": ["200": ["description": "OpenAPI 3.1 JSON"]]]
            ],
            "/api/v1/auth/token": [
                "post": [
                    "summary": "Exchange a username and password for a bearer token",
                    "description":
                        "Throttled like the sign-in page: after 5 failures in 15 minutes for an account or an address, refused for 15 minutes.",
                    "requestBody": [
                        "required": true, "content": ["application/json": ["schema": ref("TokenRequest")]],
                    ],
                    "responses": [
                        "200": json("A new token", ref("Token")), "400": errorResponse("Malformed body"),
                        "401": errorResponse("Wrong username or password"), "413": errorResponse("Body too large"),
                        "422": errorResponse("Missing fields"), "429": errorResponse("Locked after repeated failures"),
                    ],
                ],
                "delete": [
                    "summary": "Revoke the token this request carries",
                    "security": [["bearer": []]],
                    "responses": ["204": ["description": "Revoked"], "401": errorResponse("No valid token")],
                ],
            ],
            "/api/v1/me": [
                "get": authed("The signed-in user and what they may reach", json("The user", ref("Me")))
            ],
            "/api/v1/estates": [
                "get": authed("Active industrial estates", json("Estates", list(ref("Estate"))))
            ],
            "/api/v1/occupations": [
                "get": authed("Occupations the programme trains for", json("Occupations", list(ref("Occupation"))))
            ],
            "/api/v1/organisations": [
                "get": authed("Partner organisations", json("Organisations", list(ref("Organisation"))))
            ],
        ],
    ]

    // MARK: - Builders

    static let uuid: JSONValue = ["type": "string", "format": "uuid"]

    static func ref(_ name: String) -> JSONValue { ["$ref": .string("#/components/schemas/\(name)")] }

    static func object(required: [String], _ properties: [(String, JSONValue)]) -> JSONValue {
        ["type": "object", "required": .array(required.map { .string($0) }), "properties": .object(properties)]
    }

    static func object(required: [String], _ properties: KeyValuePairs<String, JSONValue>) -> JSONValue {
        object(required: required, properties.map { ($0.key, $0.value) })
    }

    static func list(_ item: JSONValue) -> JSONValue {
        object(required: ["items"], [("items", ["type": "array", "items": item])])
    }

    static func json(_ description: String, _ schema: JSONValue) -> JSONValue {
        ["description": .string(description), "content": ["application/json": ["schema": schema]]]
    }

    static func errorResponse(_ description: String) -> JSONValue { json(description, ref("Error")) }

    static func authed(_ summary: String, _ ok: JSONValue) -> JSONValue {
        [
            "summary": .string(summary), "security": [["bearer": []]],
            "responses": ["200": ok, "401": errorResponse("No valid token")],
        ]
    }
}
