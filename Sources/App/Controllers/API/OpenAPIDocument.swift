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

    static let document: JSONValue = withStandardStatuses(
        merging(
            merging(
                merging(base, schemas: programmeSchemas, paths: programmePaths),
                schemas: planningSchemas,
                paths: planningPaths
            ),
            schemas: assessmentSchemas,
            paths: assessmentPaths
        ).merged(schemas: livelihoodSchemas, paths: livelihoodPaths)
            .merged(schemas: outcomeSchemas, paths: outcomePaths)
            .merged(schemas: indicatorSchemas, paths: indicatorPaths)
            .merged(schemas: importSchemas, paths: importPaths)
    )

    private static let base: JSONValue = [
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
                    [
                        "username": ["type": "string", "minLength": 1, "maxLength": 64],
                        "password": ["type": "string", "minLength": 1, "maxLength": 200],
                        "code": [
                            "type": "string", "maxLength": 20,
                            "description":
                                "For an account with two-step sign-in on: the authenticator app's 6-digit code, or a recovery code",
                        ],
                    ]
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
                "ParticipantInput": [
                    "type": "object",
                    "description":
                        "A person's fields. On POST the Thai names, gender, birth date, subdistrict, estate and the `programme` consent are required, and either national_id or no_id_reason. On PATCH send only what changes.",
                    "properties": [
                        "prefix": text(max: 40), "first_name_th": text(max: 100), "last_name_th": text(max: 100),
                        "first_name_en": text(max: 100), "last_name_en": text(max: 100),
                        "gender": ["type": "string", "enum": ["female", "male", "other", "unspecified"]],
                        "birth_date": [
                            "type": "string", "description": "YYYY-MM-DD, or d/m/yyyy in the Buddhist or Gregorian era",
                        ],
                        "national_id": [
                            "type": "string", "pattern": "^[0-9๐-๙ \\t-]*$",
                            "description":
                                "13 digits (Thai digits, spaces and dashes allowed); the first is the person's category, 0 to 8, and the last a valid check digit",
                        ],
                        "no_id_reason": text(max: 200),
                        "phone": ["type": "string", "description": "A Thai number, 9 or 10 digits; +66 accepted"],
                        "house_no": text(max: 40),
                        "moo": ["type": "string", "maxLength": 4, "description": "Village number, 1 to 99"],
                        "soi": text(max: 100), "road": text(max: 100),
                        "subdistrict_code": [
                            "type": "integer", "minimum": 100_000, "maximum": 999_999,
                            "description": "6-digit DOPA code of a subdistrict that exists",
                        ],
                        "education_level": [
                            "type": "string",
                            "enum": [
                                "none", "primary", "lower_secondary", "upper_secondary", "vocational",
                                "high_vocational", "bachelor", "postgraduate", "unknown",
                            ],
                        ],
                        "prior_occupation": text(max: 200),
                        "baseline_income": ["type": "string", "description": "Baht a month, e.g. \"9000.50\""],
                        "disability": [
                            "type": "string", "maxLength": 500, "description": "Only with the `sensitive` consent",
                        ],
                        "notes": text(max: 2000), "estate_id": uuid, "community_id": uuid,
                        "consents": [
                            "type": "array", "items": str,
                            "description":
                                "Consent items given, e.g. programme, assessment:TPQI, finance:GSB, employment, publicity, sensitive",
                        ],
                        "consent_channel": ["type": "string", "enum": ["paper", "in_person", "online"]],
                        "confirm_duplicate": ["type": "boolean"],
                    ],
                ],
                "ParticipantItem": object(
                    required: ["id", "prefix", "first_name_th", "last_name_th", "gender", "estate_id"],
                    [
                        "id": uuid, "prefix": str, "first_name_th": str, "last_name_th": str,
                        "first_name_en": nullableString,
                        "last_name_en": nullableString, "gender": str,
                        "birth_date": [
                            "type": "string", "format": "date",
                            "description":
                                "Absent when the caller's part does not need it (see Disclosure in the README)",
                        ],
                        "age_group": [
                            "type": ["string", "null"], "description": "working_age, near_retirement or elderly",
                        ],
                        "national_id_masked": nullableString, "phone": nullableString, "estate_id": uuid,
                        "community_id": ["type": ["string", "null"], "format": "uuid"],
                    ]
                ),
                "ParticipantPage": object(
                    required: ["items"],
                    [("items", ["type": "array", "items": ref("ParticipantItem")]), ("next", nullableString)]
                ),
                "Participant": [
                    "allOf": [
                        ref("ParticipantItem"),
                        [
                            "type": "object",
                            "properties": [
                                "no_id_reason": nullableString, "house_no": nullableString,
                                "moo": ["type": ["integer", "null"]], "soi": nullableString, "road": nullableString,
                                "subdistrict_code": ["type": "integer"], "education_level": str,
                                "prior_occupation": nullableString, "baseline_income_satang": ["type": "integer"],
                                "disability": str, "notes": str,
                                "consents": ["type": "object", "additionalProperties": ["type": "boolean"]],
                            ],
                        ],
                    ]
                ],
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
                        "Throttled like the sign-in page: after 5 failures in 15 minutes for an account or an address, refused for 15 minutes. An account with two-step sign-in on also sends `code` (401 `two_factor_required` without it); where two-step sign-in is required (admins and partners), an account that has not turned it on gets 403 `two_factor_enrolment_required`.",
                    "requestBody": [
                        "required": true, "content": ["application/json": ["schema": ref("TokenRequest")]],
                    ],
                    "responses": [
                        "200": json("A new token", ref("Token")), "400": errorResponse("Malformed body"),
                        "401": errorResponse("Wrong username, password or code"),
                        "403": errorResponse("Two-step sign-in must be turned on first"),
                        "413": errorResponse("Body too large"),
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
            "/api/v1/participants": [
                "get": [
                    "summary": "People within the caller's scope, in Thai dictionary order",
                    "security": [["bearer": []]],
                    "parameters": [
                        query("q", "Start of a first or last name, a 13-digit national ID, or a phone number"),
                        query("estate_id", "Only this estate", uuid),
                        query("community_id", "Only this community", uuid),
                        query(
                            "age_group",
                            "Only this age group",
                            ["type": "string", "enum": ["working_age", "near_retirement", "elderly"]]
                        ),
                        query(
                            "gender",
                            "Only this gender",
                            ["type": "string", "enum": ["female", "male", "other", "unspecified"]]
                        ),
                        query(
                            "cycle_id",
                            "With `stage`: the people behind one figure of that cycle's target against actual",
                            uuid
                        ),
                        query(
                            "stage",
                            "registered, enrolled or completed (with cycle_id); with estate_id a seat counts at the course's estate",
                            ["type": "string", "enum": ["registered", "enrolled", "completed"]]
                        ),
                        query("after", "The `next` token of the previous page"),
                        query("limit", "Page size", ["type": "integer", "minimum": 1, "maximum": 200, "default": 50]),
                    ],
                    "responses": [
                        "200": json("A page", ref("ParticipantPage")), "401": errorResponse("No valid token"),
                        "403": errorResponse("The role sees no personal data"),
                        "422": errorResponse("cycle_id with an unknown stage, or a cycle that does not exist"),
                    ],
                ],
                "post": [
                    "summary": "Register a person",
                    "security": [["bearer": []]],
                    "requestBody": [
                        "required": true, "content": ["application/json": ["schema": ref("ParticipantInput")]],
                    ],
                    "responses": [
                        "201": json("Registered", ref("Participant")), "400": errorResponse("Malformed body"),
                        "401": errorResponse("No valid token"), "403": errorResponse("May not register people"),
                        "409": errorResponse(
                            "Same name and birth date as someone registered; resend with confirm_duplicate"
                        ),
                        "422": errorResponse("Invalid fields, listed in error.fields"),
                    ],
                ],
            ],
            "/api/v1/participants/{participantID}": [
                "get": [
                    "summary": "One person (404 outside the caller's scope)",
                    "security": [["bearer": []]],
                    "parameters": [pathParameter("participantID")],
                    "responses": [
                        "200": json("The person", ref("Participant")), "401": errorResponse("No valid token"),
                        "404": errorResponse("No such person within your scope"),
                    ],
                ],
                "patch": [
                    "summary": "Change some of a person's fields",
                    "security": [["bearer": []]],
                    "parameters": [pathParameter("participantID")],
                    "requestBody": [
                        "required": true, "content": ["application/json": ["schema": ref("ParticipantInput")]],
                    ],
                    "responses": [
                        "200": json("The person", ref("Participant")), "401": errorResponse("No valid token"),
                        "403": errorResponse("May not edit this person"),
                        "404": errorResponse("No such person within your scope"),
                        "409": errorResponse("Possible duplicate"), "422": errorResponse("Invalid fields"),
                    ],
                ],
            ],
            "/api/v1/organisations": [
                "get": authed("Partner organisations", json("Organisations", list(ref("Organisation"))))
            ],
        ],
    ]

    // MARK: - Builders

    /// `base` with more schemas and paths, so each area of the API can describe itself in its own file.
    static func merging(_ base: JSONValue, schemas: [(String, JSONValue)], paths: [(String, JSONValue)]) -> JSONValue {
        guard case .object(var top) = base else { return base }
        // A path described in two files (GET in one, PATCH in another) becomes one entry.
        func append(_ extra: [(String, JSONValue)], to member: JSONValue?) -> JSONValue {
            guard case .object(var existing) = member else { return .object(extra) }
            for (key, value) in extra {
                if let index = existing.firstIndex(where: { $0.0 == key }), case .object(let old) = existing[index].1,
                    case .object(let more) = value
                {
                    existing[index].1 = .object(old + more)
                } else {
                    existing.append((key, value))
                }
            }
            return .object(existing)
        }
        for (index, (key, value)) in top.enumerated() {
            if key == "paths" { top[index].1 = append(paths, to: value) }
            if key == "components", case .object(var components) = value {
                for (inner, (name, schemaSet)) in components.enumerated() where name == "schemas" {
                    components[inner].1 = append(schemas, to: schemaSet)
                }
                top[index].1 = .object(components)
            }
        }
        return .object(top)
    }

    static let uuid: JSONValue = ["type": "string", "format": "uuid"]
    static let str: JSONValue = ["type": "string"]
    static let nullableString: JSONValue = ["type": ["string", "null"]]

    static func query(_ name: String, _ description: String, _ schema: JSONValue = str) -> JSONValue {
        [
            "name": .string(name), "in": "query", "required": false, "description": .string(description),
            "schema": schema,
        ]
    }

    /// Free text the server trims and refuses past `max` characters.
    static func text(max: Int) -> JSONValue { ["type": "string", "maxLength": .number(max)] }

    static func pathParameter(_ name: String) -> JSONValue {
        ["name": .string(name), "in": "path", "required": true, "schema": uuid]
    }

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
