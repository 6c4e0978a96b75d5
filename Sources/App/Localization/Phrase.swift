/// Every piece of text the app shows, with its Thai and English versions.
///
/// A phrase without both versions does not compile: `text` must return a pair for every case.
/// `PhraseTests` also checks that neither side is empty or left untranslated.
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
    case recordID, actionCreate, actionUpdate, actionDelete, actionReveal, noResults, olderEntries, field
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

    var text: (th: String, en: String) {
        switch self {
        case .appName: ("สานฝัน ปั้นอาชีพ", "Sanfan: Weave Dreams, Build Careers")
        case .appTagline:
            (
                "โครงการพัฒนาอาชีพชุมชนรอบนิคมอุตสาหกรรม กนอ.",
                "IEAT's career-building programme for communities around industrial estates"
            )
        case .skipToContent: ("ข้ามไปยังเนื้อหา", "Skip to content")
        case .navHome: ("หน้าหลัก", "Home")
        case .navUsers: ("ผู้ใช้งาน", "Users")
        case .navAudit: ("บันทึกการแก้ไข", "Audit log")
        case .navEstates: ("นิคมอุตสาหกรรม", "Estates")
        case .signOut: ("ออกจากระบบ", "Sign out")
        case .signedInAs: ("ผู้ใช้:", "Signed in as")
        case .switchToOtherLanguage: ("English", "ภาษาไทย")
        case .footerNote:
            (
                "การนิคมอุตสาหกรรมแห่งประเทศไทย · ข้อมูลส่วนบุคคลคุ้มครองตาม พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562",
                "Industrial Estate Authority of Thailand · Personal data protected under the PDPA B.E. 2562"
            )

        case .signInTitle: ("เข้าสู่ระบบ", "Sign in")
        case .signInIntro:
            (
                "สำหรับเจ้าหน้าที่ กนอ. นิคมอุตสาหกรรม และหน่วยงานภาคีเครือข่าย",
                "For IEAT staff, estate officers and partner organisations"
            )
        case .username: ("ชื่อผู้ใช้", "Username")
        case .password: ("รหัสผ่าน", "Password")
        case .signInButton: ("เข้าสู่ระบบ", "Sign in")
        case .wrongCredentials: ("ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง", "The username or password is wrong.")
        case .lockedOut:
            (
                "ใส่รหัสผ่านผิดหลายครั้งเกินไป ระบบระงับการเข้าสู่ระบบชั่วคราว ลองใหม่ได้หลังเวลา {0} น.",
                "Too many wrong passwords. Signing in is blocked for now; try again after {0}."
            )
        case .sessionExpired: ("หมดเวลาการใช้งาน กรุณาเข้าสู่ระบบอีกครั้ง", "Your session has ended. Please sign in again.")
        case .formExpired:
            (
                "แบบฟอร์มนี้หมดอายุหรือไม่ได้ส่งจากหน้านี้ กรุณาลองอีกครั้ง",
                "This form has expired or did not come from this page. Please try again."
            )
        case .signedOut: ("ออกจากระบบเรียบร้อยแล้ว", "You have signed out.")
        case .accountDisabled:
            ("บัญชีนี้ถูกระงับการใช้งาน กรุณาติดต่อผู้ดูแลระบบ", "This account is disabled. Please contact an administrator.")
        case .fieldRequired: ("กรุณากรอกข้อมูลช่องนี้", "This field is required.")

        case .notFoundTitle: ("ไม่พบหน้าที่ต้องการ", "Page not found")
        case .notFoundBody:
            ("ไม่พบหน้าหรือข้อมูลนี้ หรือคุณไม่มีสิทธิ์เข้าถึง", "This page or record does not exist, or you cannot see it.")
        case .forbiddenTitle: ("ไม่มีสิทธิ์เข้าถึง", "Access refused")
        case .forbiddenBody: ("บัญชีของคุณไม่มีสิทธิ์ใช้หน้านี้", "Your account is not allowed to use this page.")
        case .errorTitle: ("เกิดข้อผิดพลาด", "Something went wrong")
        case .errorBody:
            (
                "ระบบไม่สามารถทำรายการนี้ได้ในขณะนี้ ข้อมูลของคุณไม่ได้ถูกบันทึกบางส่วน กรุณาลองใหม่อีกครั้ง",
                "The system could not complete this. Nothing was half-saved; please try again."
            )
        case .badRequestTitle: ("คำขอไม่ถูกต้อง", "Bad request")
        case .payloadTooLarge: ("ข้อมูลที่ส่งมีขนาดใหญ่เกินกำหนด", "What was sent is too large.")
        case .tooManyRequests: ("มีคำขอมากเกินไป กรุณารอสักครู่", "Too many requests. Please wait a moment.")
        case .unauthorizedBody: ("กรุณาเข้าสู่ระบบก่อน", "Please sign in first.")
        case .backHome: ("กลับหน้าหลัก", "Back to home")

        case .welcome: ("สวัสดี คุณ{0}", "Hello, {0}")
        case .homeIntro:
            (
                "ระบบบริหารโครงการ สานฝัน ปั้นอาชีพ: ทะเบียนผู้เข้าร่วม การฝึกอบรม การรับรองคุณวุฒิวิชาชีพ สินเชื่อ และผลลัพธ์ด้านรายได้ของชุมชน",
                "Sanfan runs the programme: the registry of participants, training, professional qualifications, loans and the income communities gain."
            )
        case .yourAccess: ("สิทธิ์การเข้าถึงของคุณ", "Your access")
        case .scopeEverything: ("ผู้ดูแลระบบ: เห็นและจัดการข้อมูลทั้งหมด", "Administrator: you see and manage everything.")
        case .scopeEstates: ("เจ้าหน้าที่นิคม: เห็นเฉพาะข้อมูลของ{0}", "Estate officer: you see only the records of {0}.")
        case .scopeOrganisation:
            (
                "หน่วยงานภาคี: เห็นเฉพาะผู้ที่ยินยอมให้เปิดเผยข้อมูลแก่ {0}",
                "Partner: you see only people who consented to sharing with {0}."
            )
        case .scopeDashboards:
            ("ผู้บริหาร: เห็นแดชบอร์ดและรายงาน ไม่เห็นข้อมูลส่วนบุคคล", "Viewer: dashboards and reports, no personal data.")
        case .estate: ("นิคมอุตสาหกรรม", "Estate")
        case .province: ("จังหวัด", "Province")
        case .operatorColumn: ("ผู้ดำเนินการ", "Operator")
        case .programmeYear: ("ปีที่เข้าร่วมโครงการ", "Joined the programme")
        case .fiscalYear: ("ปีงบประมาณ {0}", "FY {0}")
        case .buddhistEraYear: ("พ.ศ. {0}", "BE {0}")
        case .code: ("รหัส", "Code")
        case .nameThai: ("ชื่อภาษาไทย", "Thai name")
        case .nameEnglish: ("ชื่อภาษาอังกฤษ", "English name")
        case .noneYet: ("—", "—")
        case .operatorIEAT: ("กนอ. ดำเนินการเอง", "Run by IEAT")
        case .operatorJoint: ("ร่วมดำเนินงาน", "Joint venture")
        case .operatorUnknown: ("ไม่ทราบ", "Unknown")

        case .roleAdmin: ("ผู้ดูแลระบบ (สำนักงานใหญ่)", "Administrator (HQ)")
        case .roleEstateOfficer: ("เจ้าหน้าที่นิคมอุตสาหกรรม", "Estate officer")
        case .rolePartner: ("หน่วยงานภาคี", "Partner organisation")
        case .roleViewer: ("ผู้บริหาร (ดูรายงาน)", "Viewer (reports only)")
        case .kindAuthority: ("หน่วยงานเจ้าของโครงการ", "Authority")
        case .kindTrainingProvider: ("หน่วยฝึกอบรม", "Training provider")
        case .kindCertifyingBody: ("หน่วยรับรองคุณวุฒิ", "Certifying body")
        case .kindBank: ("สถาบันการเงิน", "Bank")
        case .kindGuarantor: ("ผู้ค้ำประกันสินเชื่อ", "Credit guarantor")
        case .kindSchool: ("สถาบันการศึกษา", "School")
        case .kindIndustryAssociation: ("สมาคมอุตสาหกรรม", "Industry association")
        case .kindNGO: ("องค์กรภาคประชาสังคม", "NGO")
        case .kindEmployer: ("นายจ้าง", "Employer")

        case .usersTitle: ("ผู้ใช้งาน", "Users")
        case .newUser: ("เพิ่มผู้ใช้งาน", "New user")
        case .displayName: ("ชื่อ-นามสกุล", "Full name")
        case .role: ("บทบาท", "Role")
        case .estates: ("นิคมที่รับผิดชอบ", "Assigned estates")
        case .organisation: ("หน่วยงาน", "Organisation")
        case .noOrganisation: ("— ไม่มี —", "— none —")
        case .language: ("ภาษา", "Language")
        case .status: ("สถานะ", "Status")
        case .active: ("ใช้งาน", "Active")
        case .disabled: ("ระงับ", "Disabled")
        case .lastSignIn: ("เข้าสู่ระบบล่าสุด", "Last sign-in")
        case .never: ("ยังไม่เคย", "Never")
        case .save: ("บันทึก", "Save")
        case .createUser: ("สร้างผู้ใช้งาน", "Create user")
        case .edit: ("แก้ไข", "Edit")
        case .resetPassword: ("ตั้งรหัสผ่านใหม่", "Reset password")
        case .newPassword: ("รหัสผ่านใหม่", "New password")
        case .disableUser: ("ระงับการใช้งาน", "Disable")
        case .enableUser: ("เปิดใช้งาน", "Enable")
        case .userCreated: ("สร้างผู้ใช้งานแล้ว", "User created.")
        case .userSaved: ("บันทึกข้อมูลผู้ใช้งานแล้ว", "User saved.")
        case .passwordWasReset: ("ตั้งรหัสผ่านใหม่แล้ว", "Password reset.")
        case .userDisabled: ("ระงับการใช้งานแล้ว ผู้ใช้จะออกจากระบบทันที", "User disabled; they are signed out at once.")
        case .userEnabled: ("เปิดใช้งานแล้ว", "User enabled.")
        case .usernameInvalid:
            (
                "ชื่อผู้ใช้ต้องมี 3–32 ตัว ใช้ได้เฉพาะ a–z ตัวเลข จุด ขีด และขีดล่าง",
                "Use 3–32 characters: a–z, digits, dot, dash or underscore."
            )
        case .usernameTaken: ("ชื่อผู้ใช้นี้มีอยู่แล้ว", "This username is already taken.")
        case .passwordTooShort: ("รหัสผ่านต้องยาวอย่างน้อย 10 ตัวอักษร", "The password needs at least 10 characters.")
        case .passwordTooLong: ("รหัสผ่านยาวเกินไป (ไม่เกิน 72 ไบต์)", "The password is too long (72 bytes at most).")
        case .officerNeedsEstate:
            ("เจ้าหน้าที่นิคมต้องมีนิคมที่รับผิดชอบอย่างน้อย 1 แห่ง", "An estate officer needs at least one estate.")
        case .partnerNeedsOrganisation: ("ผู้ใช้ของหน่วยงานภาคีต้องระบุหน่วยงาน", "A partner user needs an organisation.")
        case .unknownChoice: ("ตัวเลือกนี้ไม่มีในระบบ", "This choice does not exist.")
        case .cannotDisableSelf: ("ไม่สามารถระงับบัญชีของตนเองได้", "You cannot disable your own account.")
        case .formHasErrors: ("กรุณาแก้ไขข้อมูลที่ระบุด้านล่าง", "Please correct the fields marked below.")
        case .passwordHint: ("อย่างน้อย 10 ตัวอักษร", "At least 10 characters.")
        case .estatesHint: ("สำหรับเจ้าหน้าที่นิคมเท่านั้น", "For estate officers only.")
        case .organisationHint: ("สำหรับผู้ใช้ของหน่วยงานภาคีเท่านั้น", "For partner users only.")
        case .languageThai: ("ไทย", "Thai")
        case .languageEnglish: ("อังกฤษ", "English")
        case .cancel: ("ยกเลิก", "Cancel")

        case .auditTitle: ("บันทึกการแก้ไขข้อมูล", "Audit log")
        case .auditIntro:
            (
                "ทุกการสร้าง แก้ไข และลบข้อมูล บันทึกผู้ทำ เวลา รายการ และค่าก่อน-หลัง",
                "Every create, update and delete: who, when, which record, and the values before and after."
            )
        case .when: ("เวลา", "When")
        case .who: ("ผู้ทำรายการ", "Who")
        case .action: ("การกระทำ", "Action")
        case .record: ("รายการ", "Record")
        case .changes: ("การเปลี่ยนแปลง", "Changes")
        case .filter: ("กรอง", "Filter")
        case .from: ("ตั้งแต่วันที่", "From")
        case .to: ("ถึงวันที่", "To")
        case .allUsers: ("ทุกคน", "Everyone")
        case .allRecords: ("ทุกประเภท", "All kinds")
        case .recordID: ("รหัสรายการ", "Record ID")
        case .actionCreate: ("สร้าง", "Created")
        case .actionUpdate: ("แก้ไข", "Updated")
        case .actionDelete: ("ลบ", "Deleted")
        case .actionReveal: ("เปิดดูข้อมูล", "Revealed")
        case .noResults: ("ไม่พบรายการ", "Nothing found.")
        case .olderEntries: ("รายการก่อนหน้า →", "Older entries →")
        case .field: ("ข้อมูล", "Field")
        case .before: ("ก่อน", "Before")
        case .after: ("หลัง", "After")
        case .dateHint: ("วัน/เดือน/ปี พ.ศ. เช่น 5/3/2563", "day/month/year, e.g. 5/3/2020")
        case .invalidDate: ("วันที่ไม่ถูกต้อง ใช้รูปแบบ วัน/เดือน/ปี", "Not a valid date; use day/month/year.")
        case .clearFilters: ("ล้างตัวกรอง", "Clear filters")

        case .apiInvalidBody: ("ข้อมูลที่ส่งมาไม่ใช่ JSON ที่ถูกต้อง", "The request body is not valid JSON of the expected shape.")
        case .apiInvalidToken:
            ("โทเค็นไม่ถูกต้อง หมดอายุ หรือถูกยกเลิกแล้ว", "The token is missing, invalid, expired or revoked.")
        case .apiForbidden: ("ไม่มีสิทธิ์ใช้งานส่วนนี้", "This account may not use this.")
        case .apiNotFound: ("ไม่พบข้อมูลหรือเส้นทางนี้", "No such route or record.")
        case .apiServerError: ("ระบบขัดข้อง ไม่มีข้อมูลถูกบันทึกบางส่วน", "Server error; nothing was half-saved.")
        case .apiLocked: ("เข้าสู่ระบบผิดหลายครั้งเกินไป ลองใหม่หลังเวลา {0}", "Too many failed attempts; try again after {0}.")
        case .apiWrongCredentials: ("ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้อง", "Wrong username or password.")
        case .apiValidationFailed: ("ข้อมูลบางช่องไม่ถูกต้อง", "Some fields are invalid.")

        case .navRegistry: ("ทะเบียนผู้เข้าร่วม", "Registry")
        case .navCommunities: ("ชุมชน", "Communities")
        case .registryTitle: ("ทะเบียนผู้เข้าร่วมโครงการ", "Participant registry")
        case .registerPerson: ("ลงทะเบียนผู้เข้าร่วม", "Register a person")
        case .editPerson: ("แก้ไขข้อมูลผู้เข้าร่วม", "Edit person")
        case .searchLabel: ("ค้นหา", "Search")
        case .searchHint:
            (
                "ชื่อหรือนามสกุล (ส่วนต้น) เลขประจำตัวประชาชน 13 หลัก หรือเบอร์โทรศัพท์",
                "Start of a first or last name, a 13-digit national ID, or a phone number"
            )
        case .search: ("ค้นหา", "Search")
        case .allEstates: ("ทุกนิคม", "All estates")
        case .community: ("ชุมชน", "Community")
        case .allCommunities: ("ทุกชุมชน", "All communities")
        case .ageGroup: ("กลุ่มอายุ", "Age group")
        case .allAgeGroups: ("ทุกกลุ่มอายุ", "All age groups")
        case .gender: ("เพศ", "Gender")
        case .allGenders: ("ทุกเพศ", "All genders")
        case .fullName: ("ชื่อ-นามสกุล", "Name")
        case .nationalID: ("เลขประจำตัวประชาชน", "National ID")
        case .phone: ("โทรศัพท์", "Phone")
        case .firstPage: ("← หน้าแรก", "← First page")
        case .nextPage: ("หน้าถัดไป →", "Next page →")
        case .ageWorking: ("วัยแรงงาน", "Working age")
        case .ageNearRetirement: ("วัยแรงงานใกล้เกษียณ", "Near retirement")
        case .ageElderly: ("ผู้สูงอายุ", "Elderly")
        case .ageYears: ("อายุ {0} ปี", "{0} years old")
        case .genderFemale: ("หญิง", "Female")
        case .genderMale: ("ชาย", "Male")
        case .genderOther: ("อื่น ๆ", "Other")
        case .genderUnspecified: ("ไม่ระบุ", "Not stated")
        case .eduNone: ("ไม่ได้เรียน", "No schooling")
        case .eduPrimary: ("ประถมศึกษา", "Primary")
        case .eduLowerSecondary: ("มัธยมศึกษาตอนต้น", "Lower secondary")
        case .eduUpperSecondary: ("มัธยมศึกษาตอนปลาย", "Upper secondary")
        case .eduVocational: ("ปวช.", "Vocational certificate")
        case .eduHighVocational: ("ปวส. / อนุปริญญา", "Higher vocational / diploma")
        case .eduBachelor: ("ปริญญาตรี", "Bachelor's degree")
        case .eduPostgraduate: ("สูงกว่าปริญญาตรี", "Postgraduate")
        case .eduUnknown: ("ไม่ทราบ", "Unknown")
        case .channelPaper: ("เอกสาร (ลงนาม)", "Paper (signed)")
        case .channelInPerson: ("แจ้งด้วยตนเอง", "In person")
        case .channelOnline: ("ออนไลน์", "Online")
        case .consentProgramme: ("ใช้ข้อมูลเพื่อการบริหารโครงการสานฝัน ปั้นอาชีพ", "Use of data to run the programme")
        case .consentAssessment:
            ("ส่งข้อมูลให้ {0} เพื่อประเมินและออกใบรับรองคุณวุฒิ", "Sharing with {0} for assessment and certification")
        case .consentFinance:
            ("เปิดเผยข้อมูลแก่ {0} เพื่อให้คำปรึกษาและพิจารณาสินเชื่อ", "Sharing with {0} for financial advice and loans")
        case .consentEmployment: ("เปิดเผยข้อมูลแก่นายจ้างเพื่อการจ้างงาน", "Sharing with employers for jobs")
        case .consentPublicity: ("ใช้ภาพถ่ายเพื่อประชาสัมพันธ์โครงการ", "Photos for publicity")
        case .consentSensitive: ("เก็บข้อมูลความพิการ (ข้อมูลอ่อนไหว)", "Keeping disability information (sensitive data)")
        case .confirmDifferentPerson:
            ("ยืนยันว่าเป็นคนละคนกัน และลงทะเบียนต่อ", "I confirm this is a different person; register anyway")
        case .sectionIdentity: ("ข้อมูลบุคคล", "Identity")
        case .prefix: ("คำนำหน้าชื่อ", "Prefix")
        case .firstNameTh: ("ชื่อ (ภาษาไทย)", "First name (Thai)")
        case .lastNameTh: ("นามสกุล (ภาษาไทย)", "Last name (Thai)")
        case .firstNameEn: ("ชื่อ (ภาษาอังกฤษ ถ้ามี)", "First name (Latin, optional)")
        case .lastNameEn: ("นามสกุล (ภาษาอังกฤษ ถ้ามี)", "Last name (Latin, optional)")
        case .birthDate: ("วันเกิด", "Birth date")
        case .birthDateHint:
            ("วัน/เดือน/ปี พ.ศ. หรือ ค.ศ. เช่น 5/3/2533", "day/month/year, Buddhist or Gregorian, e.g. 5/3/1990")
        case .nationalIDHint:
            (
                "13 หลัก ไม่ต้องใส่ขีด หลักแรกคือประเภทบุคคล 1–8 หรือ 0 (ไม่มีสถานะทางทะเบียน)",
                "13 digits; dashes are optional. The first digit is the person's category, 1–8, or 0 (no registration status)"
            )
        case .noIDReason: ("เหตุผลที่ไม่มีเลขประจำตัวประชาชน", "Reason there is no Thai national ID")
        case .noIDReasonHint:
            ("เช่น แรงงานข้ามชาติ (กรอกเมื่อไม่มีเลข 13 หลัก)", "e.g. migrant worker (only when there is no ID)")
        case .sectionContact: ("ติดต่อและที่อยู่", "Contact and address")
        case .phoneHint: ("เช่น 081-234-5678", "e.g. 081-234-5678")
        case .houseNo: ("บ้านเลขที่", "House number")
        case .moo: ("หมู่ที่", "Village no. (Moo)")
        case .soi: ("ซอย", "Soi")
        case .road: ("ถนน", "Road")
        case .showSubdistricts: ("แสดงตำบลของจังหวัดนี้", "Show this province's subdistricts")
        case .subdistrict: ("ตำบล/แขวง", "Subdistrict")
        case .subdistrictHint:
            ("อำเภอ จังหวัด และรหัสไปรษณีย์จะตามตำบลที่เลือก", "District, province and postcode follow the subdistrict")
        case .sectionProgramme: ("ข้อมูลโครงการ", "Programme")
        case .noCommunity: ("— ไม่ระบุชุมชน —", "— no community —")
        case .educationLevel: ("ระดับการศึกษา", "Education")
        case .priorOccupation: ("อาชีพก่อนเข้าร่วมโครงการ", "Occupation before joining")
        case .baselineIncome: ("รายได้ต่อเดือนก่อนเข้าร่วม (บาท)", "Monthly income before joining (baht)")
        case .baselineIncomeHint: ("เช่น 9,000 หรือ 9000.50", "e.g. 9,000 or 9000.50")
        case .disability: ("ความพิการ (ถ้ามี)", "Disability (if any)")
        case .disabilityHint:
            ("ข้อมูลอ่อนไหว: บันทึกได้เมื่อได้รับความยินยอมโดยชัดแจ้งเท่านั้น", "Sensitive: recorded only with explicit consent")
        case .notes: ("หมายเหตุ", "Notes")
        case .sectionConsent: ("ความยินยอม (พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล)", "Consent (PDPA)")
        case .consentHint:
            (
                "ทำเครื่องหมายเฉพาะข้อที่เจ้าของข้อมูลให้ความยินยอม ข้อที่ไม่ได้เลือกบันทึกเป็น \"ไม่ยินยอม\"",
                "Tick only what the person consented to; the rest is recorded as refused."
            )
        case .consentChannel: ("ช่องทางการให้ความยินยอม", "How consent was given")
        case .consentDate: ("วันที่ให้ความยินยอม", "Date of consent")
        case .printConsentForm: ("พิมพ์หนังสือให้ความยินยอม (A4)", "Print the consent form (A4)")
        case .revealID: ("แสดงเลขเต็ม", "Show full number")
        case .revealAudited: ("การเปิดดูครั้งนี้ถูกบันทึกไว้", "This viewing has been recorded.")
        case .consentPurpose: ("วัตถุประสงค์", "Purpose")
        case .consentEvidence: ("หลักฐาน", "Evidence")
        case .consentGiven: ("ยินยอม", "Given")
        case .consentRefused: ("ไม่ยินยอม", "Refused")
        case .consentNotAsked: ("ยังไม่ได้ขอ", "Not asked")
        case .withdrawConsent: ("ถอนความยินยอม", "Withdraw")
        case .giveConsent: ("บันทึกว่ายินยอม", "Record consent")
        case .sectionRecord: ("ประวัติการบันทึก", "Record")
        case .noNationalID: ("ไม่มีเลขประจำตัวประชาชน", "No Thai national ID")
        case .address: ("ที่อยู่", "Address")
        case .perMonth: ("{0} ต่อเดือน", "{0} a month")
        case .registeredBy: ("ผู้ลงทะเบียน", "Registered by")
        case .registeredOn: ("วันที่ลงทะเบียน", "Registered on")
        case .updatedOn: ("แก้ไขล่าสุด", "Last changed")
        case .consentFormTitle: ("หนังสือให้ความยินยอม", "Consent form")
        case .printHint: ("กด Ctrl+P เพื่อพิมพ์ลงกระดาษ A4", "Press Ctrl+P to print on A4")
        case .back: ("ย้อนกลับ", "Back")
        case .personRegistered: ("ลงทะเบียนเรียบร้อยแล้ว", "Person registered.")
        case .personSaved: ("บันทึกข้อมูลแล้ว", "Saved.")
        case .consentRecorded: ("บันทึกความยินยอมแล้ว", "Consent recorded.")
        case .consentWithdrawn: ("ถอนความยินยอมแล้ว มีผลทันที", "Consent withdrawn; effective now.")
        case .possibleDuplicate:
            (
                "มีผู้ลงทะเบียนชื่อ-นามสกุลและวันเกิดเดียวกันแล้วที่ {0} โปรดตรวจสอบว่าไม่ใช่คนเดียวกัน",
                "Someone with the same name and birth date is already registered at {0}. Check that this is not the same person."
            )
        case .consentProgrammeRequired:
            (
                "ต้องได้รับความยินยอมให้ใช้ข้อมูลเพื่อบริหารโครงการก่อนลงทะเบียน",
                "Registration needs consent to use the data to run the programme."
            )
        case .disabilityNeedsConsent:
            (
                "บันทึกข้อมูลความพิการได้เมื่อได้รับความยินยอมสำหรับข้อมูลอ่อนไหวเท่านั้น",
                "Disability can be recorded only with consent for sensitive data."
            )
        case .estateOutOfScope: ("คุณไม่มีสิทธิ์บันทึกข้อมูลของนิคมนี้", "You cannot record people for this estate.")
        case .communityNotInEstate: ("ชุมชนนี้ไม่อยู่ในนิคมที่เลือก", "This community does not belong to the chosen estate.")
        case .unknownSubdistrict: ("กรุณาเลือกตำบล/แขวงจากรายการ", "Choose a subdistrict from the list.")
        case .nationalIDAlreadyRegistered:
            ("เลขประจำตัวประชาชนนี้ลงทะเบียนไว้แล้วที่{0}", "This national ID is already registered at {0}.")
        case .tooLong: ("ยาวเกิน {0} ตัวอักษร", "Longer than {0} characters.")
        case .yearOutOfRange:
            (
                "ปีไม่ถูกต้อง ใช้ปี พ.ศ. (เช่น 2533) หรือ ค.ศ. (เช่น 1990)",
                "Year out of range: use a Buddhist (e.g. 2533) or Gregorian (e.g. 1990) year."
            )
        case .bornInTheFuture: ("วันเกิดอยู่ในอนาคต", "The birth date is in the future.")
        case .tooYoung: ("อายุต่ำกว่า {0} ปี ซึ่งเป็นอายุขั้นต่ำของโครงการ", "Younger than {0}, the programme's minimum age.")
        case .tooOld: ("อายุเกิน 120 ปี กรุณาตรวจสอบวันเกิด", "Over 120 years old: check the birth date.")
        case .nationalIDCheckDigit:
            (
                "เลขประจำตัวประชาชนไม่ถูกต้อง (หลักตรวจสอบไม่ตรง) กรุณาตรวจสอบอีกครั้ง",
                "Not a valid national ID (the check digit does not match)."
            )
        case .nationalIDLength:
            ("เลขประจำตัวประชาชนต้องมี 13 หลัก (กรอกมา {0} หลัก)", "A national ID has 13 digits ({0} given).")
        case .nationalIDDigits: ("เลขประจำตัวประชาชนต้องเป็นตัวเลขเท่านั้น", "A national ID has digits only.")
        case .nationalIDOrReason:
            ("กรอกเลขประจำตัวประชาชน หรือระบุเหตุผลที่ไม่มี", "Enter the national ID, or the reason there is none.")
        case .phoneDigits: ("เบอร์โทรศัพท์ต้องเป็นตัวเลข", "A phone number has digits only.")
        case .phoneLength:
            ("เบอร์โทรศัพท์ต้องขึ้นต้นด้วย 0 และมี 9–10 หลัก", "A phone number starts with 0 and has 9 or 10 digits.")
        case .notANumber: ("ต้องเป็นตัวเลข", "Must be a number.")
        case .amountInvalid: ("จำนวนเงินไม่ถูกต้อง เช่น 9,000 หรือ 9000.50", "Not an amount: e.g. 9,000 or 9000.50.")
        case .communitiesTitle: ("ชุมชนรอบนิคมอุตสาหกรรม", "Communities")
        case .newCommunity: ("เพิ่มชุมชน", "New community")
        case .communityName: ("ชื่อชุมชน", "Community name")
        case .communitySubdistrictHint: ("ตำบลในจังหวัดของนิคม", "Subdistricts in the estate's province")
        case .households: ("จำนวนครัวเรือน", "Households")
        case .people: ("ผู้เข้าร่วม", "People")
        case .communityExists: ("นิคมนี้มีชุมชนชื่อนี้แล้ว", "This estate already has a community of that name.")
        case .communitySaved: ("บันทึกชุมชนแล้ว", "Community saved.")
        case .nationalIDKeepHint:
            (
                "เว้นว่างไว้เพื่อใช้เลขเดิม ({0}) หรือกรอกเลขใหม่ 13 หลัก",
                "Leave empty to keep the number on file ({0}), or type a new one"
            )
        case .navCourses: ("หลักสูตรอบรม", "Courses")
        case .navCycles: ("รอบโครงการและเป้าหมาย", "Cycles and targets")
        case .fiscalYearLabel: ("ปีงบประมาณ", "Fiscal year")
        case .fiscalYearHint:
            ("ปี พ.ศ. เช่น 2563 (1 ต.ค. 2562 – 30 ก.ย. 2563)", "Buddhist-Era year, e.g. 2563 (1 Oct 2019 – 30 Sep 2020)")
        case .fiscalYearRange: ("1 ต.ค. {0} – 30 ก.ย. {1}", "1 Oct {0} – 30 Sep {1}")
        case .cyclesTitle: ("รอบโครงการ", "Programme cycles")
        case .newCycle: ("เพิ่มรอบโครงการ", "New cycle")
        case .cycleName: ("ชื่อรอบ", "Cycle name")
        case .cycle: ("รอบโครงการ", "Cycle")
        case .allCycles: ("ทุกรอบ", "All cycles")
        case .cyclePlanning: ("วางแผน", "Planning")
        case .cycleRunning: ("ดำเนินการ", "Running")
        case .cycleClosedStatus: ("ปิดรอบแล้ว", "Closed")
        case .cycleStatusHint: ("รอบที่ปิดแล้วแก้ไขได้เฉพาะผู้ดูแลระบบ", "Only admins can change a closed cycle")
        case .cycleClosed: ("รอบโครงการนี้ปิดแล้ว แก้ไขได้เฉพาะผู้ดูแลระบบ", "This cycle is closed; only admins can change it.")
        case .cycleExists: ("มีรอบของปีงบประมาณนี้แล้ว", "There is already a cycle for this fiscal year.")
        case .cycleSaved: ("บันทึกรอบโครงการแล้ว", "Cycle saved.")
        case .cycleEstates: ("นิคมที่ร่วมโครงการในรอบนี้", "Estates taking part in this cycle")
        case .cycleEstatesHint:
            ("ปีที่นิคมเข้าร่วมโครงการอยู่ในวงเล็บ", "The year each estate joined the programme is in brackets")
        case .estateHasCourses:
            ("นำนิคมที่มีหลักสูตรในรอบนี้ออกไม่ได้", "An estate with courses in this cycle cannot be taken out.")
        case .estateNotInCycle: ("นิคมนี้ไม่ได้ร่วมโครงการในรอบที่เลือก", "This estate is not taking part in the chosen cycle.")
        case .ageBands: ("ช่วงอายุของรอบนี้", "This cycle's age bands")
        case .ageBandsHint:
            (
                "อายุต่ำสุด, เริ่มวัยใกล้เกษียณ, เริ่มผู้สูงอายุ เช่น 15,50,60 (เว้นว่างเพื่อใช้ค่าของโครงการ)",
                "Youngest age, start of near-retirement, start of elderly, e.g. 15,50,60 (empty uses the programme's)"
            )
        case .ageBandsInvalid:
            ("ต้องเป็นอายุสามค่าเรียงจากน้อยไปมาก เช่น 15,50,60", "Expected three increasing ages such as 15,50,60.")
        case .targetVersusActual: ("เป้าหมายเทียบผลการดำเนินงาน", "Target against actual")
        case .progressHint:
            (
                "ลงทะเบียน = ลงทะเบียนในปีงบประมาณนี้ · เข้าอบรม = มีที่นั่งในหลักสูตรของรอบนี้ · ผ่านการอบรม = เข้าเรียนครบตามเกณฑ์ · ร้อยละ = ผ่านการอบรมเทียบเป้าหมาย",
                "Registered = registered in this fiscal year · Enrolled = holds a seat in a course of this cycle · Completed = attended enough · % = completed against the target"
            )
        case .noEstatesInCycle: ("ยังไม่มีนิคมในรอบนี้", "No estates in this cycle yet.")
        case .targetTrained: ("เป้าหมายผู้ผ่านการอบรม", "Target trained")
        case .targetCertified: ("เป้าหมายผู้ได้รับใบรับรอง", "Target certified")
        case .targetLivelihoods: ("เป้าหมายธุรกิจหรือการจ้างงาน", "Target businesses or jobs")
        case .targetIncome: ("เป้าหมายรายได้ต่อชุมชนต่อปี", "Target income per community per year")
        case .targetIncomeBaht: ("รายได้ต่อชุมชนต่อปี (บาท)", "Income per community per year (baht)")
        case .actualRegistered: ("ลงทะเบียน", "Registered")
        case .actualEnrolled: ("เข้าอบรม", "Enrolled")
        case .actualCompleted: ("ผ่านการอบรม", "Completed")
        case .percentAchieved: ("ร้อยละของเป้าหมาย", "% of target")
        case .total: ("รวม", "Total")
        case .editTargets: ("แก้ไขเป้าหมาย", "Edit targets")
        case .targetsTitle: ("เป้าหมาย", "Targets")
        case .targetsSaved: ("บันทึกเป้าหมายแล้ว", "Targets saved.")
        case .targetsImported: ("นำเข้าเป้าหมาย {0} นิคมแล้ว", "Targets imported for {0} estates.")
        case .importTargets: ("นำเข้าจากแฟ้ม Excel (XLSX) หรือ CSV", "Import from an Excel (XLSX) or CSV file")
        case .importTargetsHint:
            (
                "ใช้คอลัมน์เดียวกับแฟ้มตัวอย่าง ในแผ่นงานแรกของแฟ้ม Excel (.xlsx) หรือแฟ้ม CSV แบบ UTF-8 หรือ CSV ธรรมดา (ภาษาไทย Windows-874) ก็ได้ ตัวเลขไทยใช้ได้ หากมีแถวผิดจะไม่บันทึกเลยสักแถว",
                "Use the template's columns, in the first worksheet of an Excel (.xlsx) file, or in a CSV saved as UTF-8 or as plain CSV (Thai Windows-874). Thai digits work. If any row is wrong, no row is saved."
            )
        case .downloadTargetSheet: ("ดาวน์โหลดแฟ้มเป้าหมาย (CSV)", "Download the targets sheet (CSV)")
        case .targetSheetFile: ("แฟ้มเป้าหมาย", "Targets file")
        case .importButton: ("นำเข้า", "Import")
        case .sheetMissing: ("กรุณาเลือกแฟ้ม", "Choose a file.")
        case .sheetRefused: ("ไม่ได้นำเข้า เนื่องจาก:", "Nothing was imported, because:")
        case .sheetEncodingUnknown:
            (
                "อ่านแฟ้มไม่ได้: ไม่ใช่ UTF-8 หรือ Windows-874 (ไบต์ที่ {0}) ให้บันทึกใหม่เป็น CSV UTF-8",
                "The file is not UTF-8 or Windows-874 (byte {0}). Save it again as CSV UTF-8."
            )
        case .sheetLine: ("แถวที่ {0}:", "Row {0}:")
        case .sheetMissingColumn: ("ไม่มีคอลัมน์ \"{0}\" ({1})", "The column \"{0}\" ({1}) is missing.")
        case .sheetEmpty: ("แฟ้มไม่มีข้อมูล", "The file has no rows.")
        case .sheetUnknownEstate: ("ไม่รู้จักนิคม \"{0}\"", "Unknown estate \"{0}\".")
        case .sheetDuplicateEstate: ("นิคม \"{0}\" ซ้ำกับแถวก่อนหน้า", "The estate \"{0}\" appears twice.")
        case .sheetNotANumber: ("\"{0}\" ต้องเป็นตัวเลข ไม่ใช่ \"{1}\"", "\"{0}\" must be a number, not \"{1}\".")
        case .sheetNegative: ("\"{0}\" ติดลบไม่ได้", "\"{0}\" cannot be negative.")
        case .coursesTitle: ("หลักสูตรอบรม", "Courses")
        case .newCourse: ("เพิ่มหลักสูตร", "New course")
        case .course: ("หลักสูตร", "Course")
        case .courseTitle: ("ชื่อหลักสูตร", "Course title")
        case .courseTitleHint: ("เว้นว่างเพื่อใช้ชื่ออาชีพ", "Leave empty to use the occupation's name")
        case .occupation: ("อาชีพ", "Occupation")
        case .provider: ("หน่วยฝึกอบรม", "Training provider")
        case .noProvider: ("ไม่ระบุ", "None")
        case .venue: ("สถานที่", "Venue")
        case .firstDay: ("วันเริ่ม", "First day")
        case .lastDay: ("วันสุดท้าย", "Last day")
        case .courseDays: ("ช่วงวันอบรม", "Dates")
        case .courseHours: ("ชั่วโมง", "Hours")
        case .hoursValue: ("{0} ชั่วโมง", "{0} hours")
        case .capacity: ("จำนวนที่รับ", "Capacity")
        case .seats: ("ที่นั่ง", "Seats")
        case .minimumAttendance: ("เกณฑ์เวลาเรียนขั้นต่ำ (%)", "Minimum attendance (%)")
        case .minimumAttendanceHint:
            ("ร้อยละของชั่วโมงที่ต้องเข้าเรียนจึงผ่าน ปกติ 80", "Percent of hours a person must attend to complete; usually 80")
        case .coursePlanned: ("วางแผน", "Planned")
        case .courseOpen: ("เปิดรับสมัคร", "Open")
        case .courseRunning: ("กำลังอบรม", "Running")
        case .courseFinished: ("จบแล้ว", "Finished")
        case .courseCancelled: ("ยกเลิก", "Cancelled")
        case .courseSaved: ("บันทึกหลักสูตรแล้ว", "Course saved.")
        case .courseNotOpen: ("หลักสูตรนี้ไม่เปิดรับผู้เข้าอบรมแล้ว", "This course no longer takes enrolments.")
        case .dayOutsideCycle: ("ต้องอยู่ในปีงบประมาณ {0}", "Must fall within fiscal year {0} BE.")
        case .dayOutsideCourse: ("วันนี้อยู่นอกช่วงวันอบรมของหลักสูตร", "This date is outside the course's dates.")
        case .lastDayBeforeFirst: ("วันสุดท้ายต้องไม่ก่อนวันเริ่ม", "The last day cannot be before the first.")
        case .sessionsOutsideDays: ("มีวันอบรมที่อยู่นอกช่วงวันใหม่", "Some sessions fall outside the new dates.")
        case .numberBetween: ("ต้องเป็นตัวเลข {0}–{1}", "Must be a number from {0} to {1}.")
        case .capacityBelowEnrolled: ("มีผู้เข้าอบรมมากกว่าจำนวนที่รับใหม่", "More people hold seats than the new capacity.")
        case .sessions: ("วันอบรม", "Sessions")
        case .plannedHours: ("(รวม {0} ชั่วโมง)", "({0} hours in all)")
        case .noSessions: ("ยังไม่มีวันอบรม", "No sessions yet.")
        case .sessionDay: ("วันที่", "Date")
        case .sessionTopic: ("หัวข้อ", "Topic")
        case .startsAt: ("เวลาเริ่ม", "Starts")
        case .endsAt: ("เวลาเลิก", "Ends")
        case .sessionHoursHint:
            (
                "เว้นว่างเพื่อคำนวณจากเวลา (หักพักกลางวัน 1 ชั่วโมงถ้าเกิน 5 ชั่วโมง)",
                "Leave empty to count from the times (an hour's lunch comes off over five hours)"
            )
        case .addSession: ("เพิ่มวันอบรม", "Add a session")
        case .sessionAdded: ("เพิ่มวันอบรมแล้ว", "Session added.")
        case .invalidTime: ("เวลาไม่ถูกต้อง เช่น 09:00", "Not a time, e.g. 09:00.")
        case .endsBeforeStart: ("เวลาเลิกต้องหลังเวลาเริ่ม", "The end must be after the start.")
        case .attendance: ("การเข้าเรียน", "Attendance")
        case .takeRegister: ("เช็กชื่อ", "Take the register")
        case .printSignInSheet: ("พิมพ์ใบลงชื่อ", "Print the sign-in sheet")
        case .keyInSheet: ("บันทึกจากใบลงชื่อ", "Key in a signed sheet")
        case .markedCount: ("บันทึกแล้ว {0} คน", "{0} marked")
        case .enrolPeople: ("เพิ่มผู้เข้าอบรม", "Enrol people")
        case .seatsLeft:
            ("เหลือที่นั่ง {0} ที่ ผู้ที่เกินจะอยู่ในรายชื่อสำรอง", "{0} seats left; anyone beyond goes on the waiting list.")
        case .tickPeople: ("เลือกผู้เข้าอบรม", "Choose people")
        case .bornOn: ("เกิด {0}", "born {0}")
        case .alreadyInCourse: ("อยู่ในหลักสูตรแล้ว", "already in the course")
        case .enrolTicked: ("เพิ่มผู้ที่เลือก", "Enrol the people ticked")
        case .peopleEnrolled: ("เพิ่มผู้เข้าอบรม {0} คนแล้ว", "{0} people enrolled.")
        case .peopleEnrolledWaiting:
            ("เพิ่มผู้เข้าอบรม {0} คน และรายชื่อสำรอง {1} คน", "{0} people enrolled and {1} on the waiting list.")
        case .nobodyChosen: ("ยังไม่ได้เลือกใคร", "Nobody was chosen.")
        case .alreadyEnrolled: ("อยู่ในหลักสูตรนี้แล้ว: {0}", "Already in this course: {0}")
        case .personNotInEstate: ("ไม่ใช่ผู้ลงทะเบียนของนิคมที่จัดอบรม: {0}", "Not registered at the course's estate: {0}")
        case .notEnrolled: ("ผู้นี้ไม่ได้อยู่ในหลักสูตร", "This person is not enrolled in the course.")
        case .peopleInCourse: ("ผู้เข้าอบรม", "People in the course")
        case .nobodyEnrolled: ("ยังไม่มีผู้เข้าอบรม", "Nobody enrolled yet.")
        case .attended: ("เข้าเรียน", "Attended")
        case .completion: ("ผลการอบรม", "Completion")
        case .completeByAttendance: ("ผ่าน (ตามเวลาเรียน)", "Complete (by attendance)")
        case .notYetComplete: ("ยังไม่ผ่าน", "Not yet complete")
        case .completeByOverride: ("ผ่าน (เจ้าหน้าที่ปรับ)", "Complete (officer's decision)")
        case .incompleteByOverride: ("ไม่ผ่าน (เจ้าหน้าที่ปรับ)", "Not complete (officer's decision)")
        case .useAttendance: ("ตามเวลาเรียน", "By attendance")
        case .changeCompletion: ("ปรับผลการอบรม", "Change completion")
        case .completionSaved: ("บันทึกผลการอบรมแล้ว", "Completion saved.")
        case .dropOut: ("ออกจากการอบรม", "Drop out")
        case .personDropped: ("บันทึกการออกจากการอบรมแล้ว", "Marked as dropped out.")
        case .reason: ("เหตุผล", "Reason")
        case .reasonRequired: ("กรุณาระบุเหตุผล", "Give a reason.")
        case .enrolmentWaiting: ("รายชื่อสำรอง", "Waiting list")
        case .enrolmentEnrolled: ("กำลังอบรม", "Enrolled")
        case .enrolmentCompleted: ("ผ่านการอบรม", "Completed")
        case .enrolmentDropped: ("ออกกลางคัน", "Dropped out")
        case .waitingCount: ("(สำรอง {0})", "({0} waiting)")
        case .markPresent: ("มา", "Present")
        case .markLate: ("สาย", "Late")
        case .markExcused: ("ลา", "Excused")
        case .markAbsent: ("ขาด", "Absent")
        case .markEveryoneElse: ("ผู้ที่ยังไม่ได้เลือก:", "Everyone not marked:")
        case .leaveUnmarked: ("คงไว้", "leave as is")
        case .saveAttendance: ("บันทึกการเข้าเรียน", "Save attendance")
        case .attendanceSaved: ("บันทึกการเข้าเรียน {0} คนแล้ว", "Attendance saved for {0} people.")
        case .signInSheetTitle: ("ใบลงชื่อเข้าอบรม", "Sign-in sheet")
        case .number: ("ลำดับ", "No.")
        case .signature: ("ลายมือชื่อ", "Signature")
        case .arrivalTime: ("เวลามา", "Time in")
        case .trainerSignature:
            (
                "ลงชื่อ ........................................ วิทยากร",
                "Trainer's signature ........................................"
            )
        case .sheetCount: ("จำนวน {0} คน", "{0} people")
        case .stageRegisteredNote: ("แสดงเฉพาะผู้ลงทะเบียนใน{0}", "Showing people registered in {0}")
        case .stageEnrolledNote:
            ("แสดงเฉพาะผู้เข้าอบรมในรอบ{0}", "Showing people enrolled in courses of {0}")
        case .stageCompletedNote:
            ("แสดงเฉพาะผู้ผ่านการอบรมในรอบ{0}", "Showing people who completed a course in {0}")
        case .navCatalogues: ("ข้อมูลหลัก", "Catalogues")
        case .cataloguesEstates: ("นิคมอุตสาหกรรม (ข้อมูลหลัก)", "Estates (catalogue)")
        case .cataloguesOccupations: ("อาชีพและมาตรฐาน", "Occupations and standards")
        case .cataloguesOrganisations: ("หน่วยงานภาคี", "Partner organisations")
        case .newEstate: ("เพิ่มนิคม", "New estate")
        case .newOccupation: ("เพิ่มอาชีพ", "New occupation")
        case .newOrganisation: ("เพิ่มหน่วยงาน", "New organisation")
        case .catalogueSaved: ("บันทึกข้อมูลหลักแล้ว", "Saved.")
        case .codeHint: ("ตัวอักษรอังกฤษ ตัวเลข และขีด เช่น BANGPOO", "Latin letters, digits and dashes, e.g. BANGPOO")
        case .codeInvalid: ("ใช้ได้เฉพาะตัวอักษรอังกฤษ ตัวเลข และขีด", "Only Latin letters, digits and dashes.")
        case .codeTaken: ("รหัสนี้มีอยู่แล้ว", "This code is already used.")
        case .district: ("อำเภอ/เขต", "District")
        case .certifyingBody: ("หน่วยรับรอง", "Certifying body")
        case .bodyTPQI: ("สคช. (TPQI)", "TPQI")
        case .bodyDSD: ("กพร. (DSD)", "DSD")
        case .bodyNone: ("ไม่มีมาตรฐานรับรอง", "No certifying body")
        case .standard: ("มาตรฐานอาชีพ", "Occupational standard")
        case .standardCode: ("รหัสมาตรฐาน", "Standard code")
        case .standardLevel: ("ชั้น/ระดับ", "Level")
        case .sector: ("สาขาวิชาชีพ", "Sector")
        case .unitsOfCompetency: ("หน่วยสมรรถนะ", "Units of competency")
        case .unitsHint:
            (
                "บรรทัดละหนึ่งหน่วย: รหัส ตามด้วยชื่อ เช่น 10211 ตรวจร่างกายผู้รับบริการ",
                "One per line: the code, then the name, e.g. 10211 Examine the client"
            )
        case .nationalIDCategory:
            (
                "เลขประจำตัวประชาชนขึ้นต้นด้วย 9 ไม่ได้ (ไม่มีบุคคลประเภท 9) กรุณาตรวจสอบกับบัตรอีกครั้ง",
                "A national ID cannot start with 9: there is no such person category. Check the card again."
            )
        case .moreFilters: ("ตัวกรองเพิ่มเติม: นิคม ชุมชน ช่วงวัย เพศ", "More filters: estate, community, age, gender")
        case .errorBodyRead:
            (
                "ระบบแสดงหน้านี้ไม่ได้ในขณะนี้ กรุณาลองใหม่อีกครั้ง (ไม่มีข้อมูลใดถูกเปลี่ยนแปลง)",
                "This page cannot be shown just now. Please try again; nothing was changed."
            )
        case .nationalIDCategoryZero:
            (
                "เลขประจำตัวขึ้นต้นด้วย 0 คือบุคคลที่ไม่มีสถานะทางทะเบียน ระบบรับไว้แล้ว กรุณาตรวจสอบกับบัตรอีกครั้ง",
                "An ID starting with 0 is a person without registration status: accepted, but check it against the card."
            )
        case .appShortName: ("สานฝัน ปั้นอาชีพ", "Sanfan")
        case .searchHintNames: ("ชื่อหรือนามสกุล (ส่วนต้น)", "Start of a first or last name")
        case .sharedOnlyList:
            (
                "รายชื่อนี้มีเฉพาะผู้ที่ยินยอมเปิดเผยข้อมูลแก่หน่วยงานของท่าน",
                "This list holds only people who agreed to share with your organisation."
            )
        case .ownEstatesHome: ("ตัวเลขของนิคมอุตสาหกรรมที่ท่านรับผิดชอบ", "Figures for the estates you look after.")
        case .menu: ("☰ เมนู", "☰ Menu")
        case .enrolledCount: ("เข้าอบรม {0} คน", "{0} enrolled")
        case .totalOwnEstates: ("รวมนิคมของท่าน", "Your estates")
        case .ownEstatesNote:
            (
                "แสดงเฉพาะนิคมอุตสาหกรรมที่ท่านรับผิดชอบ ตัวเลขแต่ละช่องเปิดดูรายชื่อได้",
                "Only the estates you look after are shown; each figure opens the people behind it."
            )
        case .sharedOnlyNote:
            (
                "ตัวเลขเป็นของทั้งโครงการ รายชื่อที่เปิดดูได้มีเฉพาะผู้ที่ยินยอมเปิดเผยข้อมูลแก่หน่วยงานของท่าน",
                "The figures are the whole programme's; the lists behind them show only people who agreed to share with your organisation."
            )
        case .programmeTotalLine:
            (
                "ทั้งโครงการ: ผ่านการอบรม {0} คน จากเป้าหมาย {1} คน ({2})",
                "Whole programme: {0} completed of a target of {1} ({2})"
            )
        case .outsideAgeBands: ("อายุต่ำกว่า {0} ปี (นอกช่วงวัย)", "Under {0} (outside the bands)")
        case .uriTooLong:
            ("ที่อยู่เว็บยาวเกินไป กรุณาลดเงื่อนไขการค้นหา", "The web address is too long. Search with fewer terms.")
        case .unitsCount: ("จำนวนหน่วยสมรรถนะ", "Units")
        case .unitLineInvalid: ("บรรทัดที่ {0}: ต้องมีรหัสและชื่อหน่วยสมรรถนะ", "Line {0}: needs a code and a name.")
        case .unitCodeRepeated: ("รหัสหน่วยสมรรถนะ {0} ซ้ำ", "The unit code {0} appears twice.")
        case .kind: ("ประเภท", "Kind")
        case .contact: ("ผู้ประสานงาน", "Contact")
        case .contactName: ("ชื่อผู้ประสานงาน", "Contact name")
        case .contactEmail: ("อีเมล", "Email")
        case .emailInvalid: ("อีเมลไม่ถูกต้อง", "Not an email address.")
        case .shortName: ("ชื่อย่อ", "Short name")
        case .linkedUsers: ("ผู้ใช้งานของหน่วยงานนี้", "Users of this organisation")
        case .sheetWorkbookUnreadable:
            (
                "อ่านแฟ้ม Excel ไม่ได้ ให้บันทึกใหม่เป็น .xlsx หรือ CSV UTF-8",
                "The Excel file cannot be read. Save it again as .xlsx or as CSV UTF-8."
            )
        case .peopleCourses: ("หลักสูตรที่เข้าอบรม", "Courses")
        case .noCoursesYet: ("ยังไม่ได้เข้าอบรม", "No courses yet.")
        case .completedOfTarget: ("ผ่านการอบรม {0} จากเป้าหมาย {1} คน", "{0} completed of a target of {1}")
        case .byAgeGroup: ("ตามช่วงวัย", "By age group")
        case .byAgeGroupHint:
            (
                "อายุนับ ณ วันที่ 1 ต.ค. ต้นปีงบประมาณ ตามช่วงวัยของรอบนี้ (หรือของโครงการ) นับแต่ละคนครั้งเดียว",
                "Age on 1 October, the first day of the fiscal year, under this cycle's bands (or the programme's); each person counted once"
            )
        }
    }
}
