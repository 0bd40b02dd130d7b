public enum MatchingPlaceholder {}
