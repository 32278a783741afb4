namespace TrackLayer.ControlsAsCode.Analyzers;
internal static class Placeholder { }
