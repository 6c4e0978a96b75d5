/// Every piece of text the app shows, named here; its Thai and English versions live beside the
/// feature that shows it (`Phrase+Registry.swift`, …). `PhraseTests` checks that every phrase has
/// both, from exactly one file, and that the Thai really is Thai.
enum Phrase: CaseIterable {
    // Layout
    case appName, appTagline, skipToContent, navHome, navUsers, navAudit, navEstates, signOut, signedInAs
    case switchToOtherLanguage, footerNote
    // Sign-in
    case signInTitle, signInIntro, username, password, signInButton, wrongCredentials, lockedOut
    case sessionExpired, formExpired, signedOut, accountDisabled, fieldRequired
    // Errors
    case notFoundTitle, notFoundBody, forbiddenTitle, forbiddenBody, errorTitle, errorBody, badRequestTitle
    case payloadTooLarge, tooManyRequests, unauthorizedBody, backHome
    // Home
    case welcome, homeIntro, yourAccess, scopeEverything, scopeEstates, scopeOrganisation, scopeDashboards
    case estate, province, operatorColumn, programmeYear, fiscalYear, code, nameThai, nameEnglish, noneYet
    case operatorIEAT, operatorJoint, operatorUnknown
    // Roles and kinds
    case roleAdmin, roleEstateOfficer, rolePartner, roleViewer
    case kindAuthority, kindTrainingProvider, kindCertifyingBody, kindBank, kindGuarantor, kindSchool
    case kindIndustryAssociation, kindNGO, kindEmployer
    // Users
    case usersTitle, newUser, displayName, role, estates, organisation, noOrganisation, language, status
    case active, disabled, lastSignIn, never, save, createUser, edit, resetPassword, newPassword
    case disableUser, enableUser, userCreated, userSaved, passwordWasReset, userDisabled, userEnabled
    case usernameInvalid, usernameTaken, passwordTooShort, passwordTooLong, officerNeedsEstate
    case partnerNeedsOrganisation, unknownChoice, cannotDisableSelf, formHasErrors, passwordHint
    case estatesHint, organisationHint, languageThai, languageEnglish, cancel
    // Audit log
    case auditTitle, auditIntro, when, who, action, record, changes, filter, from, to, allUsers, allRecords
    case recordID, actionCreate, actionUpdate, actionDelete, actionReveal, actionExport, noResults, olderEntries, field
    case before, after, dateHint, invalidDate, clearFilters
    // API
    case apiInvalidBody, apiInvalidToken, apiForbidden, apiNotFound, apiServerError, apiLocked
    case apiWrongCredentials, apiValidationFailed

    // Registry
    case navRegistry, navCommunities, registryTitle, registerPerson, editPerson, searchLabel, searchHint, search
    case allEstates, community, allCommunities, ageGroup, allAgeGroups, gender, allGenders, fullName, nationalID
    case phone, firstPage, nextPage, ageWorking, ageNearRetirement, ageElderly, ageYears
    case genderFemale, genderMale, genderOther, genderUnspecified
    case eduNone, eduPrimary, eduLowerSecondary, eduUpperSecondary, eduVocational, eduHighVocational, eduBachelor
    case eduPostgraduate, eduUnknown, channelPaper, channelInPerson, channelOnline
    case consentProgramme, consentAssessment, consentFinance, consentEmployment, consentPublicity, consentSensitive
    case confirmDifferentPerson, sectionIdentity, prefix, firstNameTh, lastNameTh, firstNameEn, lastNameEn
    case birthDate, birthDateHint, nationalIDHint, noIDReason, noIDReasonHint, sectionContact, phoneHint, houseNo
    case moo, soi, road, showSubdistricts, subdistrict, subdistrictHint, sectionProgramme, noCommunity
    case educationLevel, priorOccupation, baselineIncome, baselineIncomeHint, disability, disabilityHint, notes
    case sectionConsent, consentHint, consentChannel, consentDate, printConsentForm, revealID, revealAudited
    case consentPurpose, consentEvidence, consentGiven, consentRefused, consentNotAsked, withdrawConsent
    case giveConsent, sectionRecord, noNationalID, address, perMonth, registeredBy, registeredOn, updatedOn
    case consentFormTitle, printHint, back, personRegistered, personSaved, consentRecorded, consentWithdrawn
    case possibleDuplicate, consentProgrammeRequired, disabilityNeedsConsent, estateOutOfScope
    case communityNotInEstate, unknownSubdistrict, nationalIDAlreadyRegistered, tooLong, yearOutOfRange
    case bornInTheFuture, tooYoung, tooOld, nationalIDCheckDigit, nationalIDLength, nationalIDDigits
    case nationalIDOrReason, phoneDigits, phoneLength, notANumber, amountInvalid
    case communitiesTitle, newCommunity, communityName, communitySubdistrictHint, households, people
    case communityExists, communitySaved, nationalIDKeepHint
    // Programme: cycles, targets, courses, attendance
    case navCourses, navCycles, fiscalYearLabel, fiscalYearHint, fiscalYearRange, cyclesTitle, newCycle, cycleName
    case cycle, allCycles, cyclePlanning, cycleRunning, cycleClosedStatus, cycleStatusHint, cycleClosed, cycleExists
    case cycleSaved, cycleEstates, cycleEstatesHint, estateHasCourses, estateNotInCycle, ageBands, ageBandsHint,
        ageBandsInvalid
    case targetVersusActual, progressHint, noEstatesInCycle, targetTrained, targetCertified, targetLivelihoods,
        targetIncome, targetIncomeBaht
    case actualRegistered, actualEnrolled, actualCompleted, percentAchieved, total, editTargets, targetsTitle,
        targetsSaved
    case targetsImported, importTargets, importTargetsHint, downloadTargetSheet, targetSheetFile, importButton,
        sheetMissing, sheetRefused
    case sheetEncodingUnknown, sheetLine, sheetMissingColumn, sheetEmpty, sheetUnknownEstate, sheetDuplicateEstate,
        sheetNotANumber, sheetNegative
    case coursesTitle, newCourse, course, courseTitle, courseTitleHint, occupation, provider, noProvider
    case venue, firstDay, lastDay, courseDays, courseHours, hoursValue, capacity, seats
    case minimumAttendance, minimumAttendanceHint, coursePlanned, courseOpen, courseRunning, courseFinished,
        courseCancelled, courseSaved
    case courseNotOpen, dayOutsideCycle, dayOutsideCourse, lastDayBeforeFirst, sessionsOutsideDays, numberBetween,
        capacityBelowEnrolled, sessions
    case plannedHours, noSessions, sessionDay, sessionTopic, startsAt, endsAt, sessionHoursHint, addSession
    case sessionAdded, invalidTime, endsBeforeStart, attendance, takeRegister, printSignInSheet, keyInSheet, markedCount
    case enrolPeople, seatsLeft, tickPeople, bornOn, alreadyInCourse, enrolTicked, peopleEnrolled, peopleEnrolledWaiting
    case nobodyChosen, alreadyEnrolled, personNotInEstate, notEnrolled, peopleInCourse, nobodyEnrolled, attended,
        completion
    case completeByAttendance, notYetComplete, completeByOverride, incompleteByOverride, useAttendance,
        changeCompletion, completionSaved, dropOut
    case personDropped, reason, reasonRequired, enrolmentWaiting, enrolmentEnrolled, enrolmentCompleted,
        enrolmentDropped, waitingCount
    case markPresent, markLate, markExcused, markAbsent, markEveryoneElse, leaveUnmarked, saveAttendance,
        attendanceSaved
    case signInSheetTitle, number, signature, arrivalTime, trainerSignature, sheetCount, stageRegisteredNote,
        stageEnrolledNote
    case stageCompletedNote

    // Catalogues
    case byAgeGroup, byAgeGroupHint, completedOfTarget, peopleCourses, noCoursesYet, sheetWorkbookUnreadable,
        navCatalogues, cataloguesEstates,
        cataloguesOccupations,
        cataloguesOrganisations,
        newEstate, newOccupation,
        newOrganisation, catalogueSaved
    case codeHint, codeInvalid, codeTaken, district, certifyingBody, bodyTPQI, bodyDSD, bodyNone
    case standard, standardCode, standardLevel, sector, unitsOfCompetency, unitsHint, unitsCount, unitLineInvalid
    case unitCodeRepeated, kind, contact, contactName, contactEmail, emailInvalid, shortName, linkedUsers
    // Hardening
    case nationalIDCategory, uriTooLong, outsideAgeBands
    case totalOwnEstates, ownEstatesNote, sharedOnlyNote, programmeTotalLine, enrolledCount, menu, moreFilters,
        errorBodyRead, buddhistEraYear
    case searchHintNames, sharedOnlyList, ownEstatesHome, appShortName, nationalIDCategoryZero
    // Assessments and certificates
    case navAssessments, assessmentsTitle, newRound, round, heldOn, place, assessor, bodyOther, standaloneGroup
    case courseOrGroupHint, candidates, overallResult, resultPending, resultPassed, resultNotYetCompetent
    case resultAbsent, unitPass, unitNotYet, unitAbsent, recordResults, saveResults, resultsSaved
    case resultsSheetTitle, printResultsSheet, addCandidate, addCandidateHint, candidateAdded, roundCreated
    case noRoundsYet, issueCertificates, issueHint, issuedOn, expiresOn, expiresHint, externalNumber
    case certificatesIssued, certificatesTitle, certificate, verificationCode, printCertificate
    case printAllCertificates, revoke, revokeCertificate, reasonCorrection, reasonIssuedInError, reasonWithdrawn
    case reasonFraud, certificateRevoked, reissue, reissueHint, certificateReissued, replacedBy, standing
    case standingValid, standingExpired, standingRevoked, verifyTitle, verifyIntro, verifyButton, verifyValidBody
    case verifyExpiredBody, verifyRevokedBody, verifyUnknown, verifyWrongLength, verifyNotInAlphabet
    case verifyMistyped, verifyTooMany, holder, issuingEstate, certificateHeading, certifiesThat
    case hasPassedStandard, levelLabel, scanToVerify, programmeName, downloadCredential, assessedCount
    case certifiedCount, personCertificates, standardHasNoUnits, assessedBeforeCourse, alreadyInRound
    case noAssessmentConsent, notInRound, unitNotInStandard, overallDoesNotFollow, issuedBeforeAssessment
    case expiresBeforeIssue, externalNumberTaken, notPassed, nobodyToCertify, alreadyRevoked
    case credentialUnreadable, credentialBadSignature, credentialUnknown, credentialSignatureHolds, pasteCredential
    case pasteCredentialHint, credentialsUnavailable, stageAssessedNote, stageCertifiedNote
    case bodyNotAssessors, resultBehindCertificate
    // Livelihoods
    case navReferrals, referralsTitle, referToBank, referToBankHint, bank, purpose, purposeStartUp
    case purposeWorkingCapital, purposeEquipment, amountSought, referredOn, referralSaved, noReferralsYet
    case noFinanceConsent, beforeRegistration
    // Livelihoods after referral
    case atRegistration, referralForPerson, tryAgain, invalidCharacters, stagePlacedNote, listShown, olderRecords,
        openLoanHint
    case stageReferredNote, stageMentoredNote, stageIncomeNote
    case afterMonths, alreadyMember, amountApproved, amountDisbursed, amountRequested, askedOn, attendees
    case baselineHint, baselineNotAsked, beforeCompletion, beforeRecordStart, businessesCreatedNote
    case couldNotReach, declineReason, disbursedMoreThanApproved, dueOn, employer, employerName
    case employerNameHint, employerNotListed, endedOn, endedOnHint, enterpriseIndividual, enterpriseGroup
    case enterpriseCommunity, enterpriseJuristic, enterpriseKind, enterpriseName, enterpriseSaved
    case enterprisesHint, enterprisesTitle, filteredList, followUpAlreadyDone, followUpDoneOn, followUpMonths
    case followUpSaved, followUpsHint, followUpsShown, followUpsTitle, guaranteeMoreThanApproved
    case guaranteedAmount, incomeHeading, incomeSource, insideEstate, joinEnterprise, joinedOn, juristicID
    case juristicIDCheckDigit, juristicIDFormat, juristicIDHint, keyFollowUp, livelihoodSaved, livelihoodTitle
    case loanAlreadyOpen, loanReferred, loanApplied, loanApproved, loanDeclined, loanWithdrawn, loanDisbursed
    case loanList, loanMoveNotAllowed, loanMoved, loanOpened, loanProduct, loanStatus, loanTitle, loansHint
    case loansTitle, logMentoring, memberRole, members, mentor, mentoringHint, mentoringNeedsAttendee
    case mentoringOneEstate, mentoringTitle, mentoringTopic, monthlyIncome, monthlyIncomeHint, monthlyRevenue
    case monthlyWage, moveLoan, moveLoanHint, newEnterprise, no, yes, noEnterprisesYet, noFollowUpsDue
    case noFollowUpsYet, noIncome, noLoansYet, noMembersYet, noMentoringYet, noPlacementsYet, noRevenueYet
    case notCompletedCourse, overdue, pipelineByBank, pipelineByEstate, placementsHint, placementsTitle
    case position, products, reachedQuestion, reachedYes, reasonCreditHistory, reasonInsufficientIncome
    case reasonIncompleteDocuments, reasonNoCollateral, reasonWeakBusinessPlan, reasonOther, recordPlacement
    case recordRevenue, registrationCode, registrationCodeHint, revenueHeading, revenueMonth, revenueMonthHint
    case roleFounder, roleMember, roleEmployee, saveResult, setBaseline, sourceJob, sourceOwnBusiness
    case sourceEnterprise, sourceNone, startedOn, statusDate, tcgGuarantee, topicFinancialLiteracy
    case topicBusinessPlan, topicBookkeeping, topicLoanPreparation, value, navLoans
    case navEnterprises, navFollowUps, navPlacements, navMentoring, openLoan, livelihoodsHeading
    case livelihoodsHint, referredCount, mentoredCount, loansApprovedCount, loansApprovedBaht, businessesCount
    case placedCount, incomeGain, incomeMeasured, incomeUnreached, incomeNoBaseline, incomeByCommunity
    case incomeRule, incomeTarget
    // Dashboard, maps and reports
    case navDashboard, dashboardTitle, dashboardIntro, cyclesChosen, allOccupations, allProvinces, indicator, target,
        actual, amountBaht, indicatorRegistered, indicatorCompleted, indicatorAssessed, indicatorCertified,
        indicatorReferred, indicatorLoansApproved, indicatorFinanced, indicatorBusinesses, indicatorPlaced,
        indicatorIncomeGain, indicatorLivelihoods, incomeGainDetail, incomeTargetDetail, smallNumbersNote,
        partnerFiguresNote, targetsNotApplicable, chartFunnel, chartByEstate, chartByOccupation, chartByAgeGender,
        chartByMonth, funnelSummary, estateSummary, occupationSummary, ageGenderSummary, monthSummary, noFigures, month,
        mapTitle, mapIndicator, mapHint, mapSummary, estatesOnMap, dataTable, downloadXLSX, downloadCSV, annualReport,
        annualReportTitle, reportPrint, reportSummary, reportPartners, reportDefinitions, reportPreparedOn,
        reportCoverLine, definitionPeople, definitionCohort, definitionIncome, definitionAge, definitionBusiness,
        exportTruncated, registryExport, pipelineExport, sheetIndicators, percentShort, unknownGroup, outsideBands
    // Imports
    case navImports, importsTitle, importsIntro, importFile, importEncoding, encodingAuto, importConsentConfirm,
        importConsentRequired, importUpload, importCheckTitle, importSummary, importMapping, importMappingHint,
        importNoColumn, importRecheck, importMissingColumns, importErrorsHeading, importRow, importColumn,
        importProblem, importCommitAll, importCommitValid, importCommitHint, importCommitted, importAlreadyCommitted,
        importHasErrors, importNothingToAdd, importAlreadyRegistered, importSameAsRow, importUnknownPlace,
        importAmbiguousPlace, importUnknownCommunity, importBadDate, importBadGender, importBadName,
        importPossibleDuplicate, importNotASheet, importTooManyRows, importTooLarge, importEmpty, importRecent,
        importStatusChecked,
        importStatusCommitted, importAddress, importErrorSheet, importErrorColumn, channelPaperImported, importQueued,
        importRunning, importTimeLeft,
        importRestarted, importFailed, importEstateBusy, importLastAttempt, importStatusQueued, importStatusRunning,
        importStatusFailed, importUpdateLegend, importUpdateExisting, importUpdatableNote, importUpdated
    // Duplicates
    case navDuplicates, duplicatesTitle, duplicatesIntro, duplicatesLastScan, duplicatesNeverScanned, duplicatesScan,
        duplicatesScanned, duplicatesNone, duplicateReason, duplicatePersonA, duplicatePersonB, duplicateCompare,
        reasonSameNationalID, reasonBirthDateAndName, reasonPhoneAndName, ruleSameSortKey, ruleIgnoringToneMarks,
        ruleSoundsAlike, duplicateCompareTitle, duplicateRecords, duplicateHasID, duplicateNoID, duplicateKeep,
        duplicateMergeHint, duplicateDismiss, duplicateDismissed, duplicateMerged, duplicateConflicts, duplicateGone,
        mergesRecent, mergeLine, mergeUndo, mergeUndone, mergeUndoneAt, mergeCannotUndo, tableEnrolments,
        tableConsents, tableRoundCandidates, tableCertificates, tableReferrals, tableLoans, tableEnterpriseMembers,
        tableMentoring, tablePlacements, tableFollowUps, tableBaselines, tableShares, resultsUploadTitle,
        resultsSheetHint,
        resultsSheetDownload, resultsSheetUpload, resultsSheetSaved, resultsSheetRefused, resultsSheetNoCandidateColumn,
        resultsSheetNoUnits, resultsSheetUnknownCandidate, resultsSheetUnreadable, duplicateRegistered,
        duplicateNothingLinked
    // People's rights (PDPA)
    case navDataRequests, dataRequestsTitle, dataRequestsIntro, dataRequestsOpen, dataRequestsClosed,
        dataRequestsNone, dataRequestsNoneClosed, dataRequestNew, dataRequestNewFor, dataRequestNewHint,
        dataRequestKind, dataRequestChannel, dataRequestReceivedOn, dataRequestIdentity, dataRequestIdentityHint,
        dataRequestDetails, dataRequestDue, dataRequestDaysLeft, dataRequestDueToday, dataRequestOverdue,
        dataRequestStatus, dataRequestSaved, dataRequestClose, dataRequestOutcome, dataRequestOutcomeHint,
        dataRequestClosedNow, dataRequestClosedAlready, dataRequestTitle, dataRequestRecordedBy, dataRequestPerson,
        dataRequestDocument, dataRequestJSON, dataRequestHandOverHint, dataRequestActHint, dataRequestsOfPerson,
        requestAccess, requestCopy, requestPortability, requestRectification, requestErasure, requestRestriction,
        requestObjection, requestWithdrawal, requestChannelInPerson, requestChannelLetter, requestChannelPhone,
        requestChannelEmail, requestChannelPartner, requestOpen, requestDone, requestRefused, subjectDocumentTitle,
        subjectDocumentIntro, subjectDocumentNone, subjectDocumentPrint, sessionsTitle, sessionsIntro, sessionsBrowser,
        sessionsAddress, sessionsSignedIn, sessionsLastUsed, sessionsThisOne, sessionsEnd, sessionsEndOthers,
        sessionsEnded, signOutEverywhere, signOutEverywhereHint, signedOutEverywhere, twoFactorTitle,
        twoFactorCodeIntro, twoFactorCode, twoFactorCodeHint, twoFactorWrongCode, twoFactorExpired,
        twoFactorEnrolTitle, twoFactorRequired, twoFactorStepApp, twoFactorStepScan, twoFactorStepSecret,
        twoFactorStepCode, twoFactorTurnOn, twoFactorCodesTitle, twoFactorOn, twoFactorCodesIntro, twoFactorCodesSaved,
        twoFactorOnSince, twoFactorCodesLeft, twoFactorLostPhone, twoFactorReset, twoFactorResetHint, twoFactorWasReset,
        apiTwoFactorRequired, apiTwoFactorEnrol, twoFactorPasswordHint

    /// The phrase in Thai and English, from the file of the feature it belongs to. `PhraseTests`
    /// checks that exactly one file answers for every phrase and that neither text is empty.
    var text: (th: String, en: String) {
        parts.compactMap { $0 }.first ?? ("", "")
    }

    /// Each feature file's answer: one of them, and only one, knows the phrase.
    var parts: [(th: String, en: String)?] {
        [
            platformText, registryText, programmeText, catalogueText, assessmentText, livelihoodText,
            livelihoodOutcomeText, dashboardText, importText, duplicateText, rightsText,
        ]
    }
}
