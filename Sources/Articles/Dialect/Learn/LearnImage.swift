/// A Learn `:::image:::` extension: a picture with required alternative text, and for
/// `type="complex"` a long description between it and `:::image-end:::`.
public struct LearnImage: Sendable, Equatable {
    /// `content` (a figure in the text), `icon` (decorative, no alternative text needed) or
    /// `complex` (with a long description).
    public enum Kind: String, Sendable, CaseIterable {
        case content, icon, complex
    }

    public var kind: Kind
    public var source: String
    /// Empty for an icon, and when the author left it out (a warning).
    public var altText: String
    /// A larger picture to open when the image is selected (`lightbox="..."`).
    public var lightbox: String?
    /// `border="false"` turns the default frame off.
    public var border: Bool
    /// False when the file is not in the content folder (a warning): the page then shows a
    /// placeholder naming it rather than a broken picture.
    public var isMissing = false
}
