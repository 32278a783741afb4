using System.Linq;
using TrackLayer.ControlsAsCode.Model;

namespace TrackLayer.ControlsAsCode.Model.Tests;

public class ControlIdComparerTests
{
    [Fact]
    public void Orders_numerically_not_alphabetically()
    {
        var ids = new[] { "5.10", "8.1", "5.2", "12.1.2", "5.1", "8.34", "6.1" };
        Assert.Equal(new[] { "5.1", "5.2", "5.10", "6.1", "8.1", "8.34", "12.1.2" }, ids.OrderBy(i => i, ControlIdComparer.Instance));
    }

    [Fact]
    public void Puts_non_numeric_parts_in_ordinal_order_and_handles_null()
    {
        Assert.True(ControlIdComparer.Instance.Compare(null, "5.1") < 0);
        Assert.True(ControlIdComparer.Instance.Compare("5.x", "5.y") < 0);
        Assert.Equal(0, ControlIdComparer.Instance.Compare("5.1", "5.1"));
    }
}
