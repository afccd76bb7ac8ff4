/// Turns parsed articles into a static site.
public enum SiteGenerator {}
