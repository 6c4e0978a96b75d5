/// The people import (issue 15): a sheet in, its check out, then a commit.
extension OpenAPIDocument {
    static let importSchemas: [(String, JSONValue)] = [
        (
            "ImportUpload",
            object(
                required: ["sheet", "estate_id", "consent_confirmed"],
                [
                    "sheet": ["type": "string", "contentMediaType": "application/octet-stream"],
                    "estate_id": uuid,
                    "encoding": [
                        "type": "string", "enum": ["", "utf8", "utf8-bom", "windows-874"],
                        "description": "A CSV's encoding; detected when empty",
                    ],
                    "consent_confirmed": [
                        "type": "string", "enum": ["1", "true"],
                        "description": "Signed paper consent forms exist for everyone in the sheet",
                    ],
                    "dry_run": ["type": "string", "enum": ["true", "false"], "description": "Default true"],
                    "mode": [
                        "type": "string", "enum": ["all", "valid"],
                        "description": "For a commit: every row or the valid ones",
                    ],
                    "update_existing": [
                        "type": "string", "enum": ["true", "false"],
                        "description": "For a commit: also update people already registered at the estate",
                    ],
                ]
            )
        ),
        (
            "Import",
            object(
                required: ["id", "file_name", "estate_id", "status", "rows_read", "rows_created"],
                [
                    "id": uuid, "file_name": str, "estate_id": uuid,
                    "status": ["type": "string", "enum": ["checked", "queued", "running", "committed", "failed"]],
                    "rows_read": ["type": "integer"], "rows_created": ["type": "integer"],
                    "mapping": ["type": "object", "additionalProperties": ["type": "integer"]],
                    "missing_columns": ["type": "array", "items": str],
                    "ready": ["type": "integer", "description": "Rows a commit would add"],
                    "updatable": [
                        "type": "integer",
                        "description":
                            "Of the rows already registered, people of this estate a commit with update_existing brings up to date",
                    ],
                    "rows_updated": ["type": ["integer", "null"]],
                    "progress_rows": [
                        "type": ["integer", "null"], "description": "While queued or running: rows committed so far",
                    ],
                    "message": [
                        "type": ["string", "null"],
                        "description":
                            "Why the last commit added nothing: rows_have_errors, nothing_to_add, interrupted",
                    ],
                    "already_registered": [
                        "type": "array", "items": ["type": "integer"],
                        "description": "Sheet rows whose national ID is already on file (left alone)",
                    ],
                    "errors": [
                        "type": "array",
                        "items": object(
                            required: ["row", "message"],
                            ["row": ["type": "integer"], "column": ["type": ["string", "null"]], "message": str]
                        ),
                    ],
                ]
            )
        ),
        (
            "ImportSummary",
            object(
                required: ["id", "file_name", "status", "rows_read", "rows_created"],
                [
                    "id": uuid, "file_name": str,
                    "status": ["type": "string", "enum": ["checked", "queued", "running", "committed", "failed"]],
                    "rows_read": ["type": "integer"], "rows_created": ["type": "integer"],
                ]
            )
        ),
    ]

    static let importPaths: [(String, JSONValue)] = [
        (
            "/api/v1/imports",
            [
                "get": [
                    "summary": "The latest sheets uploaded for the caller's estates",
                    "security": [["bearer": []]],
                    "responses": [
                        "200": json("Sheets", ["type": "array", "items": ref("ImportSummary")]),
                        "401": errorResponse("No valid token"),
                    ],
                ],
                "post": [
                    "summary":
                        "Upload a people sheet (.xlsx or CSV) for an estate and check every row with the registration form's rules; with dry_run=false, queue its commit too",
                    "security": [["bearer": []]],
                    "requestBody": [
                        "required": true, "content": ["multipart/form-data": ["schema": ref("ImportUpload")]],
                    ],
                    "responses": [
                        "201": json("The sheet and its check", ref("Import")),
                        "403": errorResponse("May not register people"),
                        "409": errorResponse("A row changed since the check; nothing was added"),
                        "422": errorResponse("No file, not a sheet, an estate out of scope, or consent not confirmed"),
                    ],
                ],
            ]
        ),
        (
            "/api/v1/imports/{importID}",
            [
                "get": operation(
                    "A sheet and its check (checked again against the registry as it is now)",
                    parameter: "importID",
                    [
                        ("200", json("The sheet", ref("Import"))),
                        ("404", errorResponse("No such sheet in your estates")),
                    ]
                )
            ]
        ),
        (
            "/api/v1/imports/{importID}/mapping",
            [
                "put": operation(
                    "Choose the sheet's columns: field name → column index (0-based); remembered for the estate's next sheet",
                    parameter: "importID",
                    body: ["type": "object", "additionalProperties": ["type": "integer", "minimum": 0]],
                    [
                        ("200", json("The sheet checked with those columns", ref("Import"))),
                        ("404", errorResponse("No such sheet in your estates")),
                        ("409", errorResponse("Already committed")),
                    ]
                )
            ]
        ),
        (
            "/api/v1/imports/{importID}/commit",
            [
                "post": operation(
                    "Queue the commit, which adds the sheet's people in one transaction in the background: every row (refused while any has an error) or, with mode=valid, the valid ones. Follow it with GET /api/v1/imports/{importID}",
                    parameter: "importID",
                    body: object(
                        required: [],
                        [
                            "mode": ["type": "string", "enum": ["all", "valid"]],
                            "update_existing": [
                                "type": "boolean",
                                "description":
                                    "Also update people already registered at the estate, where the sheet has a value",
                            ],
                        ]
                    ),
                    [
                        ("202", json("The queued sheet", ref("Import"))),
                        ("404", errorResponse("No such sheet in your estates")),
                        (
                            "409",
                            errorResponse("Already committed or queued, or another sheet of the estate is importing")
                        ),
                        ("422", errorResponse("Rows with errors, or nothing to add")),
                    ]
                )
            ]
        ),
    ]
}
