using System;
using TrackLayer.ControlsAsCode.Build.Writing;
using TrackLayer.ControlsAsCode.Model;

namespace TrackLayer.ControlsAsCode.Build.Tests.Infrastructure;

/// <summary>What the writers and escapers append to a <see cref="DocumentBuffer"/>, as text for assertions.</summary>
internal static class Rendered
{
    public static string Text(Action<DocumentBuffer> write)
    {
        var buffer = new DocumentBuffer(16, 64); // small chunks: every writer's output crosses chunk boundaries
        write(buffer);
        return buffer.ToString();
    }

    public static string Text(IComplianceDocumentWriter writer, ComplianceDocumentSet documents) => Text(buffer => writer.Write(documents, buffer));
}
