extension Phrase {
    /// Assessments, results, certificates and the public verify page.
    var assessmentText: (th: String, en: String)? {
        switch self {
        case .navAssessments: ("การประเมิน", "Assessments")
        case .assessmentsTitle: ("รอบการประเมินสมรรถนะ", "Assessment rounds")
        case .newRound: ("สร้างรอบการประเมิน", "New assessment round")
        case .round: ("รอบการประเมิน", "Assessment round")
        case .heldOn: ("วันที่ประเมิน", "Assessed on")
        case .place: ("สถานที่ประเมิน", "Place")
        case .assessor: ("หน่วยประเมิน", "Assessing organisation")
        case .bodyOther: ("หน่วยงานอื่น", "Other body")
        case .standaloneGroup: ("กลุ่มที่ไม่ได้มาจากหลักสูตร", "A group not from a course")
        case .courseOrGroupHint:
            (
                "เลือกหลักสูตร ระบบจะส่งผู้ที่ผ่านการอบรมเข้ารับการประเมินให้ หรือเว้นว่างแล้วเลือกปีงบประมาณและนิคม",
                "Choose a course and everyone who completed it is sent; or leave it empty and choose the cycle and estate"
            )
        case .candidates: ("ผู้เข้ารับการประเมิน", "People assessed")
        case .overallResult: ("ผลรวม", "Overall")
        case .resultPending: ("รอผล", "Pending")
        case .resultPassed: ("ผ่าน", "Passed")
        case .resultNotYetCompetent: ("ยังไม่ผ่าน", "Not yet competent")
        case .resultAbsent: ("ขาดสอบ", "Absent")
        case .unitPass: ("ผ่าน", "Pass")
        case .unitNotYet: ("ยังไม่ผ่าน", "Not yet")
        case .unitAbsent: ("ขาด", "Absent")
        case .recordResults: ("บันทึกผลการประเมิน", "Record results")
        case .saveResults: ("บันทึกผล", "Save results")
        case .resultsSaved: ("บันทึกผลการประเมินแล้ว", "Results saved.")
        case .resultsSheetTitle: ("แบบบันทึกผลการประเมินสมรรถนะ", "Assessment results sheet")
        case .printResultsSheet: ("พิมพ์แบบบันทึกผล", "Print the results sheet")
        case .addCandidate: ("เพิ่มผู้เข้ารับการประเมิน", "Add a person")
        case .addCandidateHint:
            (
                "ผู้ที่ไม่ได้ผ่านหลักสูตรนี้ ระบุเหตุผล ผู้นั้นต้องยินยอมให้เปิดเผยข้อมูลแก่หน่วยประเมิน",
                "Someone who did not complete this course: give the reason. They must have consented to share with the assessing organisation."
            )
        case .candidateAdded: ("เพิ่มผู้เข้ารับการประเมินแล้ว", "Person added to the round.")
        case .roundCreated: ("สร้างรอบการประเมินแล้ว", "Assessment round created.")
        case .noRoundsYet: ("ยังไม่มีรอบการประเมิน", "No assessment rounds yet")
        case .issueCertificates: ("ออกวุฒิบัตร", "Issue certificates")
        case .issueHint:
            (
                "ออกให้ทุกคนที่ผ่านและยังไม่มีวุฒิบัตร ใส่เลขที่หนังสือรับรองของ สคช. หรือ กพร. ถ้ามี",
                "Issued to everyone who passed and has none yet. Add TPQI's or DSD's certificate number where there is one."
            )
        case .issuedOn: ("วันที่ออก", "Issued on")
        case .expiresOn: ("วันหมดอายุ", "Expires on")
        case .expiresHint: ("เว้นว่างถ้าไม่มีวันหมดอายุ", "Leave empty if it does not expire")
        case .externalNumber: ("เลขที่หนังสือรับรองของหน่วยรับรอง", "Certifying body's certificate number")
        case .certificatesIssued: ("ออกวุฒิบัตรแล้ว {0} ฉบับ", "{0} certificates issued.")
        case .certificatesTitle: ("วุฒิบัตร", "Certificates")
        case .certificate: ("วุฒิบัตร", "Certificate")
        case .verificationCode: ("รหัสตรวจสอบ", "Verification code")
        case .printCertificate: ("พิมพ์วุฒิบัตร", "Print the certificate")
        case .printAllCertificates: ("พิมพ์วุฒิบัตรทั้งรอบ", "Print all the round's certificates")
        case .revoke: ("เพิกถอน", "Revoke")
        case .revokeCertificate: ("เพิกถอนวุฒิบัตร", "Revoke the certificate")
        case .reasonCorrection: ("ออกฉบับแก้ไขแทน", "Replaced by a corrected certificate")
        case .reasonIssuedInError: ("ออกโดยผิดพลาด", "Issued in error")
        case .reasonWithdrawn: ("หน่วยรับรองเพิกถอนคุณวุฒิ", "Withdrawn by the certifying body")
        case .reasonFraud: ("ได้มาโดยไม่สุจริต", "Obtained by fraud")
        case .certificateRevoked: ("เพิกถอนวุฒิบัตรแล้ว", "Certificate revoked.")
        case .reissue: ("ออกฉบับแก้ไข", "Reissue corrected")
        case .reissueHint:
            (
                "ฉบับเดิมจะถูกเพิกถอนและชี้ไปยังฉบับใหม่ซึ่งมีรหัสตรวจสอบใหม่",
                "The old certificate is revoked and points to the new one, which has a new code"
            )
        case .certificateReissued: ("ออกวุฒิบัตรฉบับแก้ไขแล้ว", "Corrected certificate issued.")
        case .replacedBy: ("แทนที่ด้วย", "Replaced by")
        case .standing: ("สถานะ", "Standing")
        case .standingValid: ("ใช้ได้", "Valid")
        case .standingExpired: ("หมดอายุ", "Expired")
        case .standingRevoked: ("ถูกเพิกถอน", "Revoked")
        case .verifyTitle: ("ตรวจสอบวุฒิบัตร", "Verify a certificate")
        case .verifyIntro:
            (
                "พิมพ์รหัสตรวจสอบ 12 ตัวที่พิมพ์อยู่บนวุฒิบัตร หรือสแกนคิวอาร์โค้ด",
                "Type the 12-character verification code printed on the certificate, or scan its QR code"
            )
        case .verifyButton: ("ตรวจสอบ", "Verify")
        case .verifyValidBody:
            ("วุฒิบัตรนี้ออกโดยโครงการและยังใช้ได้", "This certificate was issued by the programme and is valid.")
        case .verifyExpiredBody: ("วุฒิบัตรนี้หมดอายุแล้วเมื่อ {0}", "This certificate expired on {0}.")
        case .verifyRevokedBody: ("วุฒิบัตรนี้ถูกเพิกถอนตั้งแต่ {0}: {1}", "This certificate was revoked on {0}: {1}.")
        case .verifyUnknown:
            (
                "ไม่พบวุฒิบัตรรหัสนี้ รหัสถูกต้องตามรูปแบบแต่ไม่เคยออก โปรดตรวจสอบกับผู้ถือวุฒิบัตร",
                "No certificate has this code. It is a well-formed code, but none was issued with it: check with the holder."
            )
        case .verifyWrongLength:
            ("รหัสตรวจสอบมี 12 ตัว แต่พิมพ์มา {0} ตัว", "A verification code has 12 characters; this has {0}.")
        case .verifyNotInAlphabet:
            (
                "รหัสตรวจสอบไม่มีตัว “{0}” (ไม่ใช้ 0, O, 1 และ I) โปรดตรวจสอบการพิมพ์",
                "Verification codes never contain “{0}” (they use no 0, O, 1 or I): please check what you typed."
            )
        case .verifyMistyped:
            (
                "รหัสนี้พิมพ์ผิด: ตัวตรวจสอบท้ายรหัสไม่ตรง อาจสลับหรือพิมพ์ผิดหนึ่งตัว",
                "This code has a typing mistake: its check character does not match. A character may be wrong or two swapped."
            )
        case .verifyTooMany:
            (
                "ตรวจสอบบ่อยเกินไป โปรดรอสักครู่แล้วลองใหม่",
                "Too many checks from your connection: please wait a moment and try again."
            )
        case .holder: ("ผู้ได้รับ", "Holder")
        case .issuingEstate: ("นิคมที่ออก", "Issuing estate")
        case .certificateHeading: ("วุฒิบัตร", "Certificate")
        case .certifiesThat: ("ขอมอบวุฒิบัตรฉบับนี้เพื่อแสดงว่า", "This certifies that")
        case .hasPassedStandard:
            (
                "ผ่านการประเมินสมรรถนะตามมาตรฐานอาชีพ",
                "has been assessed as competent against the occupational standard"
            )
        case .levelLabel: ("ระดับ", "Level")
        case .scanToVerify: ("สแกนเพื่อตรวจสอบ", "Scan to verify")
        case .programmeName: ("โครงการสานฝัน ปั้นอาชีพ", "Sanfan career-building programme")
        case .downloadCredential: ("ดาวน์โหลดวุฒิบัตรดิจิทัล (JSON)", "Download the digital credential (JSON)")
        case .assessedCount: ("เข้าประเมิน", "Assessed")
        case .certifiedCount: ("ได้วุฒิบัตร", "Certified")
        case .personCertificates: ("วุฒิบัตรที่ได้รับ", "Certificates")
        case .standardHasNoUnits:
            ("มาตรฐานอาชีพนี้ยังไม่มีหน่วยสมรรถนะในทะเบียนอาชีพ", "This standard lists no units of competency yet")
        case .assessedBeforeCourse: ("วันประเมินต้องไม่ก่อนวันเริ่มหลักสูตร", "The assessment cannot be before the course began")
        case .alreadyInRound: ("{0} อยู่ในรอบนี้แล้ว", "{0} is already in this round")
        case .noAssessmentConsent:
            (
                "{0} ยังไม่ได้ยินยอมให้เปิดเผยข้อมูลแก่ {1} เพื่อการประเมิน",
                "{0} has not consented to share their data with {1} for assessment"
            )
        case .notInRound: ("ผู้นี้ไม่ได้อยู่ในรอบการประเมินนี้", "Someone here is not in this round")
        case .unitNotInStandard: ("หน่วยสมรรถนะนี้ไม่อยู่ในมาตรฐาน", "A unit here is not in the standard")
        case .overallDoesNotFollow:
            (
                "ผลรวมต้องเป็นไปตามผลรายหน่วย (ตามหน่วยคือ {0}) ผ่านได้เมื่อผ่านทุกหน่วยเท่านั้น",
                "The overall result must follow the units (they give {0}): a pass needs every unit passed"
            )
        case .issuedBeforeAssessment: ("วันที่ออกต้องไม่ก่อนวันประเมิน", "A certificate cannot be issued before the assessment")
        case .expiresBeforeIssue: ("วันหมดอายุต้องหลังวันที่ออก", "The expiry must be after the issue date")
        case .externalNumberTaken:
            ("เลขที่ {0} ของหน่วยรับรองนี้ถูกใช้แล้ว", "Number {0} is already used for this certifying body")
        case .notPassed: ("ออกวุฒิบัตรได้เฉพาะผู้ที่ผ่าน", "Only people who passed get a certificate")
        case .nobodyToCertify: ("ไม่มีผู้ผ่านที่ยังไม่ได้รับวุฒิบัตร", "Nobody who passed is still without a certificate")
        case .alreadyRevoked: ("วุฒิบัตรนี้ถูกเพิกถอนแล้ว", "This certificate is already revoked")
        case .credentialUnreadable:
            ("ข้อความนี้ไม่ใช่วุฒิบัตรดิจิทัล", "This is not a digital credential (a signed JWT).")
        case .credentialBadSignature:
            (
                "ลายมือชื่อดิจิทัลไม่ถูกต้อง: วุฒิบัตรนี้ถูกแก้ไข ปลอม หรือลงนามด้วยกุญแจที่โครงการไม่ได้เผยแพร่",
                "The signature does not hold: this credential was altered or forged, or signed with a key the programme never published."
            )
        case .credentialUnknown:
            (
                "ลายมือชื่อถูกต้องแต่ไม่พบวุฒิบัตรที่อ้างถึง",
                "The signature holds, but it names no certificate the programme issued."
            )
        case .credentialSignatureHolds:
            ("ลายมือชื่อดิจิทัลถูกต้อง ออกโดยโครงการ", "The digital signature holds: issued by the programme.")
        case .pasteCredential: ("หรือวางวุฒิบัตรดิจิทัล", "Or paste a digital credential")
        case .pasteCredentialHint:
            (
                "ไฟล์ JSON ที่ดาวน์โหลดจากระบบ หรือ JWT ที่อยู่ในไฟล์",
                "The JSON file downloaded from Sanfan, or the JWT inside it"
            )
        case .credentialsUnavailable:
            (
                "เซิร์ฟเวอร์นี้ยังไม่มีกุญแจลงนามวุฒิบัตรดิจิทัล",
                "This server has no credential signing key yet."
            )
        case .stageAssessedNote:
            ("แสดงเฉพาะผู้เข้ารับการประเมินใน{0}", "Showing people assessed in {0}")
        case .stageCertifiedNote:
            ("แสดงเฉพาะผู้ได้รับวุฒิบัตรใน{0}", "Showing people certified in {0}")
        case .bodyNotAssessors:
            (
                "หน่วยรับรองไม่ตรงกับหน่วยประเมิน: กพร. ประเมินตามมาตรฐานของ กพร. ศูนย์ของ สคช. ตามมาตรฐานของ สคช.",
                "The body does not match the assessor: DSD assesses against DSD's standards, a TPQI centre against TPQI's."
            )
        case .resultBehindCertificate:
            (
                "ผู้นี้ได้รับวุฒิบัตรจากผลนี้แล้ว ต้องเพิกถอนวุฒิบัตรก่อนแก้ผล",
                "Someone here holds a certificate for these results: revoke it before changing them."
            )
        default: nil
        }
    }
}
