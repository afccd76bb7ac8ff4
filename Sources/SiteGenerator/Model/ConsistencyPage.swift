/// The page listing what the engine verified on every article.
public enum ConsistencyPage {
    public static let url = "consistency.html"
}
