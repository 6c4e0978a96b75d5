import Plot

extension ConsentPrintout {
    static func view(_ model: Model, _ context: PageContext) -> HTML {
        let t = context.t
        func blank(_ value: String) -> Node<HTML.BodyContext> {
            value.isEmpty ? .span(.class("blank"), .plain(" ")) : .strong(.class("keep"), .plain(value))
        }
        return HTML(
            .attribute(named: "lang", value: "th"),
            Layout.printHead(t(.consentFormTitle)),
            .body(
                .class("printout"),
                .div(
                    .class("no-print actions"),
                    .a(.class("button secondary"), .href(model.backPath), .plain(t(.back))),
                    .span(.plain(t(.printHint)))
                ),
                .element(
                    named: "article",
                    nodes: [
                        .h1(.plain("หนังสือให้ความยินยอมในการเก็บรวบรวม ใช้ และเปิดเผยข้อมูลส่วนบุคคล")),
                        .p(.class("center"), .plain("โครงการสานฝัน ปั้นอาชีพ · การนิคมอุตสาหกรรมแห่งประเทศไทย (กนอ.)")),
                        .p(.plain("ข้าพเจ้า "), blank(model.name), .plain(" เลขประจำตัวประชาชน "), blank(model.nationalID)),
                        .p(.plain("ผู้เข้าร่วมโครงการในพื้นที่ "), blank(model.estate)),
                        .p(
                            .plain(
                                "ได้รับทราบวัตถุประสงค์ของการเก็บรวบรวม ใช้ และเปิดเผยข้อมูลส่วนบุคคลตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562 แล้ว และขอแสดงความประสงค์แยกตามแต่ละวัตถุประสงค์ ดังนี้"
                            )
                        ),
                        .table(
                            .class("consent-items"),
                            .thead(.tr(.th(.plain("วัตถุประสงค์")), .th(.plain("ยินยอม")), .th(.plain("ไม่ยินยอม")))),
                            .tbody(
                                .forEach(model.items) { item in
                                    .tr(
                                        .td(.plain(item)),
                                        .td(.class("box"), .plain("☐")),
                                        .td(.class("box"), .plain("☐"))
                                    )
                                }
                            )
                        ),
                        .p(
                            .plain(
                                "ข้าพเจ้าทราบว่าสามารถถอนความยินยอมเมื่อใดก็ได้ โดยแจ้งเจ้าหน้าที่นิคมอุตสาหกรรม และการถอนความยินยอมมีผลทันที ทั้งนี้ไม่กระทบต่อการประมวลผลที่ได้ดำเนินการไปแล้วก่อนการถอนความยินยอม ข้าพเจ้ามีสิทธิขอเข้าถึง ขอรับสำเนา ขอแก้ไข ขอลบ และคัดค้านการประมวลผลข้อมูลส่วนบุคคลของตน"
                            )
                        ),
                        // The closing paragraph, the signatures and the date stay on one page together,
                        // and the person's printed name sits under their signature line.
                        .div(
                            .class("closing"),
                            .div(
                                .class("signatures"),
                                .div(
                                    .class("signature"),
                                    .p(.plain("ลงชื่อ ..................................................")),
                                    .p(
                                        model.name.isEmpty
                                            ? .span(
                                                .class("keep"),
                                                .plain("( ........................................ )")
                                            )
                                            : .span(.class("keep"), .plain("( \(model.name) )"))
                                    ),
                                    .p(.plain("ผู้ให้ความยินยอม"))
                                ),
                                .div(
                                    .class("signature"),
                                    .p(.plain("ลงชื่อ ..................................................")),
                                    .p(.span(.class("keep"), .plain("( ........................................ )"))),
                                    .p(.plain("เจ้าหน้าที่ผู้รับความยินยอม"))
                                )
                            ),
                            .p(.plain("วันที่ ........ เดือน .............................. พ.ศ. ..............")),
                            .p(.class("version"), .plain("ฉบับข้อความ " + model.version))
                        ),
                    ]
                )
            )
        )
    }
}
