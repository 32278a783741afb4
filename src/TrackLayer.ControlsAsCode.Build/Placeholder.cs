namespace TrackLayer.ControlsAsCode.Build;
internal static class Placeholder { }
