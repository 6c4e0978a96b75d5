import Fluent
import SanfanCore
import Vapor

/// The one door to a record named in the path (STYLE.md, habit 15). Built from the signed-in
/// principal, it applies the principal's scope inside the query and answers 404 outside it, which
/// says nothing of whether the record exists. A session or an enrolment is reached through its
/// course's scope. Handlers never load these records by id any other way; `RouteGateTests` tries
/// every route that names one with an id outside each role's scope.
struct ScopedRecords {
    let principal: Principal
    let request: Request

    private var db: any Database { request.db }

    private func id(_ parameter: String) throws -> UUID {
        guard let id = request.parameters.get(parameter, as: UUID.self) else { throw Abort(.notFound) }
        return id
    }

    /// A person within the reader's record scope.
    func participant(_ parameter: String = "participantID") async throws -> Participant {
        let scope = AccessPolicy.recordScope(for: principal)
        guard let participant = try await ParticipantQueries.find(try id(parameter), scope: scope, on: db) else {
            throw Abort(.notFound)
        }
        return participant
    }

    /// An uploaded sheet of one of the reader's estates (partners reach none: an import belongs
    /// to an estate, never to a share).
    func sheetImport(_ parameter: String = "importID") async throws -> SheetImport {
        let scope = AccessPolicy.recordScope(for: principal)
        guard let sheet = try await ImportQueries.find(try id(parameter), scope: scope, on: db) else {
            throw Abort(.notFound)
        }
        return sheet
    }

    /// A likely duplicate pair whose two people are both within the reader's estates.
    func duplicatePair(_ parameter: String = "pairID") async throws -> DuplicateQueries.Pair {
        let scope = AccessPolicy.recordScope(for: principal)
        guard let pair = try await DuplicateQueries.pairs(scope: scope, limit: 1, only: try id(parameter), on: db).first
        else { throw Abort(.notFound) }
        return pair
    }

    /// A merge whose kept and removed people were both of the reader's estates.
    func personMerge(_ parameter: String = "mergeID") async throws -> DuplicateQueries.Merge {
        let scope = AccessPolicy.recordScope(for: principal)
        guard
            let merge = try await DuplicateQueries.merges(scope: scope, limit: 1, only: try id(parameter), on: db).first
        else { throw Abort(.notFound) }
        return merge
    }

    /// A PDPA request about a person of one of the reader's estates.
    func dataRequest(_ parameter: String = "requestID") async throws -> DataRequest {
        let scope = AccessPolicy.recordScope(for: principal)
        guard let request = try await DataRequestQueries.find(try id(parameter), scope: scope, on: db) else {
            throw Abort(.notFound)
        }
        return request
    }

    /// A person the reader may change: visible, and of an estate that is theirs.
    func editableParticipant(_ parameter: String = "participantID") async throws -> Participant {
        let participant = try await self.participant(parameter)
        guard AccessPolicy.can(principal, .editRegistry),
            AccessPolicy.canReach(estate: participant.$estate.id, principal)
        else { throw Abort(.forbidden) }
        return participant
    }

    /// A community of one of the reader's estates.
    func community(_ parameter: String = "communityID") async throws -> Community {
        let scope = AccessPolicy.recordScope(for: principal)
        guard let community = try await CommunityQueries.find(try id(parameter), scope: scope, on: db) else {
            throw Abort(.notFound)
        }
        return community
    }

    /// A course within the reader's course scope (estate officers: their estates; trainers: their
    /// provider's courses).
    func course(_ parameter: String = "courseID") async throws -> Course {
        let scope = AccessPolicy.courseScope(for: principal)
        guard let course = try await CourseQueries.find(try id(parameter), scope: scope, on: db) else {
            throw Abort(.notFound)
        }
        return course
    }

    /// A course the reader may change: visible, and its estate theirs to manage.
    func managedCourse(_ parameter: String = "courseID") async throws -> Course {
        let course = try await self.course(parameter)
        guard AccessPolicy.can(principal, .manageCourses), AccessPolicy.canReach(estate: course.$estate.id, principal)
        else { throw Abort(.forbidden) }
        return course
    }

    /// A session and its course, when the course is within the reader's course scope.
    func session(_ parameter: String = "sessionID") async throws -> (CourseSession, Course) {
        let scope = AccessPolicy.courseScope(for: principal)
        guard let found = try await CourseQueries.session(try id(parameter), scope: scope, on: db) else {
            throw Abort(.notFound)
        }
        return found
    }

    /// An enrolment and its course, for a reader who manages that course.
    func managedEnrolment(_ parameter: String = "enrolmentID") async throws -> (Enrolment, Course) {
        let scope = AccessPolicy.courseScope(for: principal)
        guard let found = try await CourseQueries.enrolment(try id(parameter), scope: scope, on: db) else {
            throw Abort(.notFound)
        }
        guard AccessPolicy.can(principal, .manageCourses),
            AccessPolicy.canReach(estate: found.1.$estate.id, principal)
        else { throw Abort(.forbidden) }
        return found
    }

    /// A cycle: the programme's plan, which everyone with the dashboard reads whole.
    func cycle(_ parameter: String = "cycleID") async throws -> Cycle {
        guard AccessPolicy.can(principal, .viewDashboard),
            let cycle = try await CycleQueries.find(try id(parameter), on: db)
        else { throw Abort(.notFound) }
        return cycle
    }

    /// An assessment round within the reader's round scope (officers: their estates'; an
    /// assessing organisation's users: the rounds sent to it).
    func round(_ parameter: String = "roundID") async throws -> AssessmentRound {
        let scope = AccessPolicy.roundScope(for: principal)
        guard let round = try await AssessmentQueries.find(try id(parameter), scope: scope, on: db) else {
            throw Abort(.notFound)
        }
        return round
    }

    /// A round the reader may record results in and add people to.
    func recordableRound(_ parameter: String = "roundID") async throws -> AssessmentRound {
        let round = try await self.round(parameter)
        guard AccessPolicy.can(principal, .recordAssessments) else { throw Abort(.forbidden) }
        return round
    }

    /// A round whose certificates the reader may issue: visible, and of an estate that is theirs.
    func certifiableRound(_ parameter: String = "roundID") async throws -> AssessmentRound {
        let round = try await self.round(parameter)
        guard AccessPolicy.can(principal, .manageCertificates),
            AccessPolicy.canReach(estate: round.$estate.id, principal)
        else { throw Abort(.forbidden) }
        return round
    }

    /// A certificate whose round is within the reader's round scope.
    func certificate(_ parameter: String = "certificateID") async throws -> Certificate {
        let scope = AccessPolicy.roundScope(for: principal)
        guard let certificate = try await CertificateQueries.find(try id(parameter), scope: scope, on: db) else {
            throw Abort(.notFound)
        }
        return certificate
    }

    /// A certificate the reader may revoke or reissue: admins, and the issuing estate's officers.
    func managedCertificate(_ parameter: String = "certificateID") async throws -> Certificate {
        let certificate = try await self.certificate(parameter)
        guard AccessPolicy.can(principal, .manageCertificates),
            AccessPolicy.canReach(estate: certificate.$estate.id, principal)
        else { throw Abort(.forbidden) }
        return certificate
    }

    /// A referral within the reader's referral scope (a bank: its own, while the person consents).
    func referral(_ parameter: String = "referralID") async throws -> Referral {
        let scope = AccessPolicy.referralScope(for: principal)
        guard let referral = try await ReferralQueries.find(try id(parameter), scope: scope, on: db) else {
            throw Abort(.notFound)
        }
        return referral
    }

    /// A loan within the reader's livelihood scope (a bank: its own, while the person consents).
    func loan(_ parameter: String = "loanID") async throws -> Loan {
        let scope = AccessPolicy.livelihoodScope(.loan, for: principal)
        guard let loan = try await LoanQueries.find(try id(parameter), scope: scope, on: db) else {
            throw Abort(.notFound)
        }
        return loan
    }

    /// A loan the reader may move on: its bank's users and HQ; an officer only reads it.
    func movableLoan(_ parameter: String = "loanID") async throws -> Loan {
        let loan = try await self.loan(parameter)
        guard AccessPolicy.can(principal, .moveLoans) else { throw Abort(.forbidden) }
        return loan
    }

    /// An enterprise within the reader's livelihood scope (a bank: those referred to it).
    func enterprise(_ parameter: String = "enterpriseID") async throws -> Enterprise {
        let scope = AccessPolicy.livelihoodScope(.enterprise, for: principal)
        guard let enterprise = try await EnterpriseQueries.find(try id(parameter), scope: scope, on: db) else {
            throw Abort(.notFound)
        }
        return enterprise
    }

    /// An enterprise the reader may change: of one of their estates.
    func managedEnterprise(_ parameter: String = "enterpriseID") async throws -> Enterprise {
        let enterprise = try await self.enterprise(parameter)
        guard AccessPolicy.can(principal, .recordLivelihoods),
            AccessPolicy.canReach(estate: enterprise.$estate.id, principal)
        else { throw Abort(.forbidden) }
        return enterprise
    }

    /// A user account, for those who manage accounts.
    func account(_ parameter: String = "userID") async throws -> User {
        guard AccessPolicy.can(principal, .manageUsers),
            let user = try await UserQueries.find(try id(parameter), on: db)
        else { throw Abort(.notFound) }
        return user
    }

    /// An estate, occupation or organisation, for those who keep the catalogues.
    func catalogue<M: Model>(_ type: M.Type, _ parameter: String = "id") async throws -> M where M.IDValue == UUID {
        guard AccessPolicy.can(principal, .manageCatalogues),
            let record = try await CatalogueQueries.find(type, try id(parameter), on: db)
        else { throw Abort(.notFound) }
        return record
    }
}

extension Request {
    /// The records this request's principal may reach by id.
    var scoped: ScopedRecords {
        get throws { ScopedRecords(principal: try requirePrincipal(), request: self) }
    }
}
