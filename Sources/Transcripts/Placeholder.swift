public enum TranscriptsPlaceholder {}
