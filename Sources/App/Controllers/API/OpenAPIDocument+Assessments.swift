/// Assessment rounds, results and certificates.
extension OpenAPIDocument {
    static let assessmentSchemas: [(String, JSONValue)] = [
        (
            "Round",
            object(
                required: ["id", "cycle_id", "estate_id", "occupation_id", "assessor_id", "body", "held_on", "place"],
                [
                    "id": uuid, "cycle_id": uuid, "estate_id": uuid,
                    "course_id": ["type": ["string", "null"], "format": "uuid"], "occupation_id": uuid,
                    "assessor_id": uuid, "body": ["type": "string", "enum": ["tpqi", "dsd", "other"]],
                    "held_on": ["type": "string", "format": "date"], "place": str,
                    "units": [
                        "type": "array",
                        "items": object(
                            required: ["id", "code", "name_th"],
                            ["id": uuid, "code": str, "name_th": str]
                        ),
                    ],
                    "candidates": [
                        "type": "array",
                        "items": object(
                            required: ["id", "participant_id", "name", "overall", "units"],
                            [
                                "id": uuid, "participant_id": uuid, "name": str, "reason": nullableString,
                                "overall": [
                                    "type": "string", "enum": ["pending", "passed", "not_yet_competent", "absent"],
                                ],
                                "units": [
                                    "type": "object",
                                    "description": "Unit id → pass, not_yet_competent or absent",
                                    "additionalProperties": ["type": "string"],
                                ],
                            ]
                        ),
                    ],
                ]
            )
        ),
        (
            "RoundInput",
            object(
                required: ["held_on", "place"],
                [
                    "course_id": uuid, "cycle_id": uuid, "estate_id": uuid, "occupation_id": uuid, "assessor_id": uuid,
                    "body": ["type": "string", "enum": ["tpqi", "dsd", "other"]],
                    "held_on": ["type": "string", "description": "2020-03-10 or 10/3/2563"],
                    "place": ["type": "string", "minLength": 1, "maxLength": 300],
                ]
            )
        ),
        (
            "Certificate",
            object(
                required: [
                    "id", "code", "participant_id", "round_id", "estate_id", "body", "standard_name", "standard_level",
                    "issued_on", "standing",
                ],
                [
                    "id": uuid, "code": ["type": "string", "description": "K7M2-PQX4-RA9W"], "participant_id": uuid,
                    "round_id": uuid, "estate_id": uuid, "body": str, "standard_name": str, "standard_level": str,
                    "external_number": nullableString, "issued_on": ["type": "string", "format": "date"],
                    "expires_on": nullableString, "revoked_on": nullableString, "revoked_reason": nullableString,
                    "replaced_by": ["type": ["string", "null"], "format": "uuid"],
                    "standing": ["type": "string", "enum": ["valid", "expired", "revoked"]],
                ]
            )
        ),
    ]

    static let assessmentPaths: [(String, JSONValue)] = [
        (
            "/api/v1/assessments",
            [
                "get": authed("Assessment rounds within the caller's round scope", json("Rounds", list(ref("Round")))),
                "post": operation(
                    "Create a round: for a course (its completers are sent) or a standalone group",
                    body: ref("RoundInput"),
                    [("201", json("Created", ref("Round"))), ("422", errorResponse("Invalid fields"))]
                ),
            ]
        ),
        (
            "/api/v1/assessments/{roundID}",
            [
                "get": operation(
                    "One round with its units, people and results",
                    parameter: "roundID",
                    [
                        ("200", json("The round", ref("Round"))),
                        ("404", errorResponse("No such round within your scope")),
                    ]
                )
            ]
        ),
        (
            "/api/v1/assessments/{roundID}/candidates",
            [
                "post": operation(
                    "Send one more person, with the reason; they must have consented to share with the assessor",
                    parameter: "roundID",
                    body: object(
                        required: ["participant_id", "reason"],
                        ["participant_id": uuid, "reason": ["type": "string", "minLength": 1, "maxLength": 500]]
                    ),
                    [
                        ("201", json("The round", ref("Round"))),
                        ("404", errorResponse("No such round within your scope")),
                        ("422", errorResponse("Unknown person, another estate, already in the round, or no consent")),
                    ]
                )
            ]
        ),
        (
            "/api/v1/assessments/{roundID}/results",
            [
                "put": operation(
                    "Record results unit by unit; each overall result is derived, and a stated one must agree",
                    parameter: "roundID",
                    body: object(
                        required: ["results"],
                        [
                            "results": [
                                "type": "array",
                                "items": object(
                                    required: ["candidate_id", "units"],
                                    [
                                        "candidate_id": uuid,
                                        "units": [
                                            "type": "object",
                                            "additionalProperties": [
                                                "type": "string", "enum": ["pass", "not_yet_competent", "absent"],
                                            ],
                                        ],
                                        "overall": [
                                            "type": "string",
                                            "enum": ["pending", "passed", "not_yet_competent", "absent"],
                                        ],
                                    ]
                                ),
                            ]
                        ]
                    ),
                    [
                        ("200", json("The round", ref("Round"))),
                        ("404", errorResponse("No such round within your scope")),
                        (
                            "422",
                            errorResponse(
                                "Someone not in the round, a unit not in the standard, or a pass the units do not give"
                            )
                        ),
                    ]
                )
            ]
        ),
        (
            "/api/v1/assessments/{roundID}/certificates",
            [
                "post": operation(
                    "Issue certificates to everyone who passed and holds none yet",
                    parameter: "roundID",
                    body: object(
                        required: [],
                        [
                            "issued_on": str, "expires_on": str,
                            "external_numbers": [
                                "type": "object", "description": "Candidate id → the certifying body's number",
                                "additionalProperties": ["type": "string", "maxLength": 100],
                            ],
                        ]
                    ),
                    [
                        (
                            "201",
                            json(
                                "Issued",
                                object(
                                    required: ["issued", "certificates"],
                                    [
                                        "issued": ["type": "integer"],
                                        "certificates": ["type": "array", "items": ref("Certificate")],
                                    ]
                                )
                            )
                        ),
                        ("404", errorResponse("No such round within your scope")),
                        ("422", errorResponse("Dates out of order, a number already used, or nobody to certify")),
                    ]
                )
            ]
        ),
        (
            "/api/v1/certificates/{certificateID}",
            [
                "get": operation(
                    "One certificate",
                    parameter: "certificateID",
                    [
                        ("200", json("The certificate", ref("Certificate"))),
                        ("404", errorResponse("No such certificate within your scope")),
                    ]
                )
            ]
        ),
        (
            "/api/v1/certificates/{certificateID}/credential",
            [
                "get": operation(
                    "The certificate as an Open Badges 3.0 credential, a VC-JWT signed with EdDSA; check it with /.well-known/jwks.json",
                    parameter: "certificateID",
                    [
                        (
                            "200",
                            json(
                                "The credential",
                                object(
                                    required: ["format", "credential", "jwks", "verify"],
                                    [
                                        "format": ["type": "string", "const": "vc+jwt"], "credential": str, "jwks": str,
                                        "verify": str,
                                    ]
                                )
                            )
                        ),
                        ("404", errorResponse("No such certificate within your scope")),
                        ("503", errorResponse("This server has no signing key")),
                    ]
                )
            ]
        ),
        (
            "/api/v1/certificates/{certificateID}/revoke",
            [
                "post": operation(
                    "Revoke from today, for a reason the verify page may name",
                    parameter: "certificateID",
                    body: object(
                        required: ["reason"],
                        [
                            "reason": [
                                "type": "string",
                                "enum": ["correction", "issued_in_error", "withdrawn_by_body", "fraud"],
                            ]
                        ]
                    ),
                    [
                        ("200", json("The certificate", ref("Certificate"))),
                        ("404", errorResponse("No such certificate within your scope")),
                        ("422", errorResponse("Unknown reason, or already revoked")),
                    ]
                )
            ]
        ),
        (
            "/api/v1/certificates/{certificateID}/reissue",
            [
                "post": operation(
                    "Reissue corrected: the old certificate is revoked and points to the new one, with a new code",
                    parameter: "certificateID",
                    body: object(
                        required: [],
                        [
                            "external_number": ["type": "string", "maxLength": 100], "issued_on": str,
                            "expires_on": str,
                        ]
                    ),
                    [
                        ("201", json("The new certificate", ref("Certificate"))),
                        ("404", errorResponse("No such certificate within your scope")),
                        ("422", errorResponse("Dates out of order, a number already used, or already revoked")),
                    ]
                )
            ]
        ),
    ]
}
