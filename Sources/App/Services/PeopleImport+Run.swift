import Fluent
import Foundation
import SanfanCore

extension PeopleImport {
    /// Rows checked (and, committing, added) a batch at a time, so a sheet of any length holds one
    /// batch in memory: each batch's rows are read (`RowReader`), the database answers for the whole
    /// batch in two statements (`BatchLookups`), every row is judged by the form's own rules
    /// (`Registry.validate`), and the good ones go in through `BulkPeople`.
    ///
    /// A dry run and a commit judge alike: an ID or a name-and-birth-date seen earlier in the sheet
    /// is reported against that row before the database is asked, so a commit never finds the
    /// sheet's own earlier rows in the registry and calls them duplicates.
    struct Run {
        let estate: UUID
        let importID: UUID
        let principal: Principal
        let deps: Registry.Dependencies
        let committing: Bool
        /// Whether people already registered at this estate take the sheet's values (where it has one).
        let updating: Bool
        private(set) var check = Check()
        private let places: Places
        private let communities: [String: UUID]
        private let base: BatchLookups
        /// IDs (as numbers) and name-and-birth keys (as hashes) seen so far, with their rows: eight
        /// bytes a key, so a million-row sheet keeps tens of megabytes, not hundreds.
        private var seenIDs: [Int64: Int] = [:]
        private var seenKeys: [Int: Int] = [:]
        /// Rows per batch.
        static let batch = 1_000
        /// Rows a streamed import hands `feed` at a time: batches within one call overlap.
        static let feedRows = 8 * batch

        init(
            headers: [String],
            mapping chosen: [String: Int]?,
            estate: UUID,
            importID: UUID,
            principal: Principal,
            deps: Registry.Dependencies,
            committing: Bool,
            updating: Bool = false,
            on database: any Database
        ) async throws {
            self.updating = updating
            self.estate = estate
            self.importID = importID
            self.principal = principal
            self.deps = deps
            self.committing = committing
            check.headers = headers
            check.mapping = (chosen ?? PeopleSheet.suggestMapping(headers)).filter {
                headers.indices.contains($0.value)
            }
            check.missing = PeopleSheet.missing(in: check.mapping)
            places = try await Places.load(on: database)
            communities = try await communityIndex(estate, on: database)
            base = try await BatchLookups.base(estate: estate, on: database)
        }

        /// Checks (and, committing, adds) these rows, a batch at a time.
        ///
        /// A batch's rows are written while the next batch is read and checked: the database and
        /// the checking each have a core, where one after the other left each idle half the time.
        /// Every write has finished when this returns, or throws: the connection is the caller's
        /// transaction's, and nothing may still be writing on it when an error rolls that back.
        mutating func feed(
            _ rows: [(line: Int, cells: [String])],
            on database: any Database,
            progress: (@Sendable (Int) -> Void)? = nil
        ) async throws {
            guard check.missing.isEmpty else { return }
            var writing: Task<Void, any Error>?
            do {
                for start in stride(from: 0, to: rows.count, by: Self.batch) {
                    try await batch(rows[start..<min(start + Self.batch, rows.count)], on: database, after: &writing)
                    progress?(check.rows)
                }
                try await writing?.value
            } catch {
                _ = await writing?.result
                throw error
            }
        }

        /// After the last rows: refuses (rolling the caller's transaction back) when nothing could be
        /// added, or when every row was asked for and some have problems.
        func finish(validOnly: Bool, on database: any Database) async throws {
            guard check.ready > 0 || check.updated > 0 else { throw CommitRefusal.nothingToAdd }
            guard validOnly || check.rowsWithProblems == 0 else { throw CommitRefusal.rowsHaveProblems }
        }

        /// - Parameter writing: the previous batch's write, still under way; waited for before this
        ///   batch asks the database anything, and replaced by this batch's own.
        private mutating func batch(
            _ rows: ArraySlice<(line: Int, cells: [String])>,
            on database: any Database,
            after writing: inout Task<Void, any Error>?
        ) async throws {
            let today = ThaiCalendar.Day.containing(deps.clock.now())
            var read: [(line: Int, submission: Registry.Submission, reader: RowReader, fields: ParticipantFields?)] = []
            var indexes: [String] = []
            var keys: [String] = []
            for (line, cells) in rows {
                guard !cells.allSatisfy({ SheetValues.trimmed($0).isEmpty }) else { continue }
                check.rows += 1
                var reader = RowReader(cells: cells, line: line, check: check)
                let submission = reader.submission(
                    estate: estate,
                    importID: importID,
                    places: places,
                    communities: communities
                )
                guard reader.problems.isEmpty, let submission else {
                    note(reader.problems)
                    continue
                }
                // The keys the database is asked about, for the whole batch at once.
                var checked: ParticipantFields?
                if case .success(let fields) = ParticipantRules.validate(
                    submission.input,
                    today: today,
                    bands: deps.bands
                ) {
                    // Who holds the ID; without one, who has the same name and birth date (the form
                    // asks that only then).
                    if let id = fields.nationalID {
                        indexes.append(deps.vault.blindIndex(id))
                    } else {
                        keys.append(Registry.duplicateKey(fields))
                    }
                    checked = fields
                }
                read.append((line, submission, reader, checked))
            }
            try await writing?.value
            writing = nil
            let lookups = try await base.loading(indexes: indexes, keys: keys, on: database)
            var people: [BulkPeople.Person] = []
            for (line, submission, reader, checked) in read {
                // Thirteen digits as a number; anything else is no ID the form would take anyway.
                let digits = submission.input.nationalID.filter(\.isNumber)
                let idKey = digits.count == 13 ? Int64(digits) ?? -1 : -1
                if idKey >= 0, let first = seenIDs[idKey] {
                    note([reader.problem("national_id", .importSameAsRow, String(first))])
                    continue
                }
                do {
                    let (fields, placement, evidence) = try await Registry.validate(
                        submission,
                        by: principal,
                        deps: deps,
                        lookups: lookups,
                        checked: checked,
                        on: database
                    )
                    let key = Registry.duplicateKey(fields)
                    let keyHash = key.hashValue
                    if fields.nationalID == nil, let first = seenKeys[keyHash] {
                        note([reader.problem("first_name_th", .importSameAsRow, String(first))])
                        continue
                    }
                    if fields.nationalID == nil {
                        let holders = try await lookups.estatesHolding(duplicateKey: key, except: nil)
                        if !holders.isEmpty {
                            let names = Array(Set(holders)).sorted().joined(separator: ", ")
                            note([reader.problem("first_name_th", .importPossibleDuplicate, names)])
                            continue
                        }
                    }
                    if idKey >= 0 { seenIDs[idKey] = line }
                    if seenKeys[keyHash] == nil { seenKeys[keyHash] = line }
                    check.ready += 1
                    guard committing else { continue }
                    let now = deps.clock.now()
                    people.append(
                        BulkPeople.Person(
                            createdAt: now,
                            createdBy: principal.userID,
                            estate: placement.estate,
                            community: placement.community,
                            fields: fields,
                            consents: [
                                .init(
                                    purpose: .programme,
                                    recipient: nil,
                                    granted: true,
                                    textVersion: ConsentCatalogue.textVersion(on: evidence.givenOn),
                                    givenOn: evidence.givenOn.iso,
                                    channel: evidence.channel,
                                    recordedBy: evidence.recordedBy.id,
                                    recordedByName: evidence.recordedBy.username,
                                    importID: evidence.importID
                                )
                            ]
                        )
                    )
                } catch let errors as FieldErrors {
                    if errors.fields.count == 1, errors.fields["national_id"]?.phrase == .nationalIDAlreadyRegistered {
                        check.alreadyRegistered.append(line)
                        // Someone of this estate: the sheet may bring their record up to date.
                        guard let id = checked?.nationalID,
                            let holder = lookups.holdersByIndex[deps.vault.blindIndex(id)], holder.estate == estate,
                            seenIDs[idKey] == nil
                        else { continue }
                        seenIDs[idKey] = line
                        check.updatable += 1
                        guard committing, updating else { continue }
                        do {
                            try await update(holder.participant, from: submission, on: database)
                            check.updated += 1
                        } catch let errors as FieldErrors {
                            note(
                                errors.fields.sorted(by: { $0.key < $1.key }).map { field, message in
                                    Problem(row: line, column: reader.header(for: field), message: message)
                                }
                            )
                        }
                        continue
                    }
                    note(
                        errors.fields.sorted(by: { $0.key < $1.key }).map { field, message in
                            Problem(row: line, column: reader.header(for: field), message: message)
                        }
                    )
                }
            }
            guard !people.isEmpty else { return }
            writing = Task { [people, vault = deps.vault] in
                try await BulkPeople.insert(people, vault: vault, on: database)
            }
        }

        /// Brings a registered person's record up to date with the sheet's values, field by field
        /// where the sheet has one, through the edit form's own service (checked and audited alike).
        private func update(_ id: UUID, from sheet: Registry.Submission, on database: any Database) async throws {
            guard let participant = try await Participant.find(id, on: database) else { return }
            var merged = try Registry.Submission(stored: participant, vault: deps.vault)
            let fields: [WritableKeyPath<ParticipantInput, String>] = [
                \.prefix, \.firstNameTh, \.lastNameTh, \.firstNameEn, \.lastNameEn, \.gender, \.birthDate, \.phone,
                \.houseNo, \.moo, \.soi, \.road, \.subdistrictCode, \.educationLevel, \.priorOccupation,
                \.baselineIncome,
            ]
            for field in fields where !sheet.input[keyPath: field].isEmpty {
                merged.input[keyPath: field] = sheet.input[keyPath: field]
            }
            if !sheet.communityID.isEmpty { merged.communityID = sheet.communityID }
            try await Registry.update(participant, with: merged, by: principal, deps: deps, on: database)
        }

        private mutating func note(_ problems: [Problem]) {
            guard !problems.isEmpty else { return }
            check.rowsWithProblems += 1
            if check.problems.count < maxProblems { check.problems += problems }
        }
    }
}
