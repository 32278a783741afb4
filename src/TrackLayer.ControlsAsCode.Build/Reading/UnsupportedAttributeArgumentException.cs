using System;

namespace TrackLayer.ControlsAsCode.Build.Reading;

/// <summary>An attribute blob holds an argument the reader cannot decode; reported as TLC5001, never thrown to MSBuild.</summary>
internal sealed class UnsupportedAttributeArgumentException : Exception
{
    public UnsupportedAttributeArgumentException(string what)
        : base("The attribute has " + what + ".")
    {
    }
}
