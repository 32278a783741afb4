using System;
using System.IO;
using TrackLayer.ControlsAsCode.Build.Tests.Infrastructure;
using TrackLayer.ControlsAsCode.Build.Writing;

namespace TrackLayer.ControlsAsCode.Build.Tests;

public sealed class AtomicFileTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Replaces_an_existing_file_with_utf8_without_bom()
    {
        var path = _temp.Combine("doc.md");
        File.WriteAllText(path, "old");

        AtomicFile.WriteAllText(path, "néw\n");

        Assert.Equal(new byte[] { (byte)'n', 0xC3, 0xA9, (byte)'w', (byte)'\n' }, File.ReadAllBytes(path));
        Assert.Equal(new[] { path }, Directory.GetFiles(_temp.Path));
    }

    [Fact]
    public void Creates_the_folder_when_missing()
    {
        var path = _temp.Combine("a", "b", "doc.json");

        AtomicFile.WriteAllText(path, "{}\n");

        Assert.Equal("{}\n", File.ReadAllText(path));
    }

    [Fact]
    public void A_failed_write_leaves_no_temporary_file_and_the_other_documents_untouched()
    {
        var blocked = _temp.Combine("blocked.json");
        Directory.CreateDirectory(blocked);
        var previous = _temp.Combine("previous.md");
        File.WriteAllText(previous, "previous");

        Assert.ThrowsAny<IOException>(() => AtomicFile.WriteAllText(blocked, "new"));

        Assert.Equal("previous", File.ReadAllText(previous));
        Assert.Equal(new[] { previous }, Directory.GetFiles(_temp.Path));
    }
}
