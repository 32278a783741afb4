using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using TrackLayer.ControlsAsCode.Build.Reading;
using TrackLayer.ControlsAsCode.Build.Tests.Infrastructure;

namespace TrackLayer.ControlsAsCode.Build.Tests;

/// <summary>
/// The indexes the reader builds in one pass over a table must answer exactly what System.Reflection.Metadata answers
/// when asked element by element.
/// </summary>
public sealed class MetadataIndexTests : IDisposable
{
    private const string Shapes = """
        using System.Collections.Generic;
        using System.Text.Json.Serialization;
        using TrackLayer.ControlsAsCode;

        namespace Shapes
        {
            public interface IHasId { string Id { get; } }
            public sealed class NoProperties { public void Run() { } }
            public sealed class Outer
            {
                public int A { get; set; }
                public sealed class Inner { [Personal(DataCategory.Email)] public string? Email { get; set; } public string? Plain { get; set; } }
                public int B => 2;
            }
            public sealed class Envelope<T> { public T? Payload { get; set; } public int this[int i] => i; public int this[string s] => 0; }
            public sealed record Visitor([Personal(DataCategory.CookieId)] string Fbp, [property: Personal(DataCategory.ClickId)] string Fbc);
            public static class Statics { public static string Name { get; set; } = ""; private static int Hidden { set { } } }
            public sealed class Fields { [field: Personal(DataCategory.IpAddress)] public string? Ip { get; set; } [JsonPropertyName("x")] public int Wire; }
            [ImplementsControl("8.24")] public sealed class Marked { [ImplementsControl("8.24")] public void Hash() { } }
        }
        """;

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void PropertyIndex_gives_every_type_the_properties_TypeDefinition_GetProperties_gives()
    {
        using var pe = Open(TestAssembly.Compile(_temp.Path, Shapes, assemblyName: "Shapes"));
        var reader = pe.GetMetadataReader();
        var index = new PropertyIndex(reader, pe.GetMetadata());

        var types = reader.TypeDefinitions.ToList();
        Assert.Contains(types, t => reader.GetTypeDefinition(t).GetProperties().Count > 1);
        Assert.Contains(types, t => reader.GetTypeDefinition(t).GetProperties().Count == 0);
        foreach (var handle in types)
        {
            var type = reader.GetTypeDefinition(handle);
            Assert.Equal(type.GetProperties().ToList(), index.Of(handle, type).ToList());
        }
    }

    [Fact]
    public void HasAttributesToRead_flags_exactly_the_elements_that_carry_an_attribute_we_read()
    {
        using var pe = Open(TestAssembly.Compile(_temp.Path, Shapes, assemblyName: "Shapes"));
        var reader = pe.GetMetadataReader();
        var index = new AttributeTypeIndex(reader);

        var elements = Elements(reader).ToList();
        var expected = elements.Where(e => reader.GetCustomAttributes(e).Any(a => index.KindOf(reader.GetCustomAttribute(a)) != DeclarationAttributeKind.None)).ToList();
        var flagged = elements.Where(index.HasAttributesToRead).ToList();

        Assert.Equal(expected, flagged);
        Assert.True(flagged.Count >= 6, "the sample declares on types, methods, parameters, properties and fields");
        Assert.Contains(flagged, e => e.Kind == HandleKind.Parameter);
        Assert.Contains(flagged, e => e.Kind == HandleKind.FieldDefinition);
    }

    private static PEReader Open(string path) => new(new MemoryStream(File.ReadAllBytes(path)));

    private static IEnumerable<EntityHandle> Elements(MetadataReader reader)
    {
        foreach (var handle in reader.TypeDefinitions) yield return handle;
        foreach (var handle in reader.MethodDefinitions)
        {
            yield return handle;
            foreach (var parameter in reader.GetMethodDefinition(handle).GetParameters()) yield return parameter;
        }

        foreach (var handle in reader.PropertyDefinitions) yield return handle;
        foreach (var handle in reader.FieldDefinitions) yield return handle;
    }
}
