/// Markdown guidance articles parsed into typed data.
public enum Articles {}
