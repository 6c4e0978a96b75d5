/// Livelihoods: referrals to banks.
extension OpenAPIDocument {
    static let livelihoodSchemas: [(String, JSONValue)] = [
        (
            "Referral",
            object(
                required: [
                    "id", "participant_id", "estate_id", "bank_id", "purpose", "amount_sought_baht", "referred_on",
                ],
                [
                    "id": uuid, "participant_id": uuid, "estate_id": uuid, "bank_id": uuid,
                    "purpose": ["type": "string", "enum": ["start_up", "working_capital", "equipment"]],
                    "amount_sought_baht": ["type": "string", "description": "Baht, e.g. 50000.00"],
                    "referred_on": ["type": "string", "format": "date"],
                ]
            )
        )
    ]

    static let livelihoodPaths: [(String, JSONValue)] = [
        (
            "/api/v1/referrals",
            [
                "get": authed(
                    "Referrals within the caller's scope (a bank: its own, of people who still consent to share with it)",
                    json("Referrals", list(ref("Referral")))
                ),
                "post": operation(
                    "Refer a person of the caller's estates to a bank; refused without their consent to share with it",
                    body: object(
                        required: ["participant_id", "bank_id", "purpose"],
                        [
                            "participant_id": uuid, "bank_id": uuid,
                            "purpose": ["type": "string", "enum": ["start_up", "working_capital", "equipment"]],
                            "amount_sought": [
                                "type": "string", "pattern": "^[0-9]{1,12}(\\\\.[0-9]{1,2})?$",
                                "description": "Baht, at most two decimals",
                            ],
                            "referred_on": ["type": "string", "description": "Not in the future; default today"],
                            "notes": ["type": "string", "maxLength": 500],
                        ]
                    ),
                    [
                        ("201", json("Referred", ref("Referral"))),
                        ("422", errorResponse("Unknown person or bank, no consent for that bank, or invalid fields")),
                    ]
                ),
            ]
        ),
        (
            "/api/v1/referrals/{referralID}",
            [
                "get": operation(
                    "One referral (404 outside the caller's scope, or once the person withdraws consent from the bank)",
                    parameter: "referralID",
                    [
                        ("200", json("The referral", ref("Referral"))),
                        ("404", errorResponse("No such referral within your scope")),
                    ]
                )
            ]
        ),
    ]
}

extension JSONValue {
    /// This document with one more area's schemas and paths (`OpenAPIDocument.merging`).
    func merged(schemas: [(String, JSONValue)], paths: [(String, JSONValue)]) -> JSONValue {
        OpenAPIDocument.merging(self, schemas: schemas, paths: paths)
    }
}
