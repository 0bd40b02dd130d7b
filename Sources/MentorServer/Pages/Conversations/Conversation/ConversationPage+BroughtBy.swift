import Plot
import MentorCore

extension ConversationPage {
    /// Who brought an agenda item: the one who types it, unless they record that the other
    /// side raised it (a mentor logging afterwards notes the topics the mentee brought).
    static func broughtByField(_ model: Model, viewer: Viewer) -> Node<HTML.FormContext> {
        let language = viewer.language
        let own: PairSide = model.isMentor ? .mentor : .mentee
        let other: PairSide = model.isMentor ? .mentee : .mentor
        return Forms.select(T.broughtBy(language), name: "broughtBy",
                            options: [(own.rawValue, T.broughtBySelf(language)), (other.rawValue, T.side(other)(language))],
                            selected: model.draft.agenda?.broughtBy ?? own.rawValue, errors: model.errors,
                            hint: model.isMentor ? T.broughtByHint(language) : nil)
    }
}
