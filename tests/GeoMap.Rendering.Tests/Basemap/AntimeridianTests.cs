using GeoMap.Rendering.Basemap;

namespace GeoMap.Rendering.Tests.Basemap;

public class AntimeridianTests
{
    [Fact]
    public void A_ring_jumping_across_180_is_unwrapped_into_one_piece()
    {
        // A small island straddling 180°: 179 -> -179 -> -179 -> 179
        float[] ring = [179, 10, -179, 10, -179, 11, 179, 11, 179, 10];
        Assert.Equal([179f, 10f, 181f, 10f, 181f, 11f, 179f, 11f, 179f, 10f], Antimeridian.UnwrapRing(ring));
    }

    [Fact]
    public void A_ring_starting_on_the_far_side_is_shifted_back_so_most_of_it_stays_within_180()
    {
        float[] ring = [-179, 10, 170, 10, 170, 11, 172, 11.5f, 175, 11, -179, 11, -179, 10];
        var unwrapped = Antimeridian.UnwrapRing(ring);
        Assert.Equal(181f, unwrapped[0]);
        Assert.Equal(170f, unwrapped[2]);
    }

    [Fact]
    public void A_ring_around_a_pole_is_closed_along_the_pole()
    {
        float[] ring = [-180, -80, 0, -70, 179.9f, -80, -180, -80];
        var unwrapped = Antimeridian.UnwrapRing(ring);
        Assert.Equal(-90f, unwrapped[^1]);
        Assert.Equal(-90f, unwrapped[^3]);
    }

    [Fact]
    public void A_line_is_split_at_a_jump_and_loses_edges_along_the_cut()
    {
        float[] line = [170, 60, 179.999f, 61, -180, 61.5f, -175, 62];
        var pieces = Antimeridian.SplitLine(line).ToList();
        Assert.Equal(2, pieces.Count);
        Assert.Equal([170f, 60f, 179.999f, 61f], pieces[0].Coordinates);
        Assert.Equal([-180f, 61.5f, -175f, 62f], pieces[1].Coordinates);

        float[] alongCut = [179.995f, 60, 179.995f, 61, 179, 61];
        Assert.Equal([179.995f, 61f, 179f, 61f], Assert.Single(Antimeridian.SplitLine(alongCut)).Coordinates);
    }
}
