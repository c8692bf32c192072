using Alka.Domain.Calendar;

namespace Alka.Domain.Tests.Calendar;

public class ChunkedListTests
{
    private const int Chunk = ChunkedList<int>.ChunkLength;

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(Chunk - 1)]
    [InlineData(Chunk)]
    [InlineData(Chunk + 1)]
    [InlineData((3 * Chunk) + 17)]
    public void Of_AnyCount_HoldsTheItemsInOrder(int count)
    {
        var expected = Enumerable.Range(1, count).ToArray();

        var list = ChunkedList<int>.Of(((IEnumerable<int>)expected).GetEnumerator(), count);

        list.Count.Should().Be(count);
        list.Should().Equal(expected);
        Enumerable.Range(0, count).Select(i => list[i]).Should().Equal(expected);
        FluentActions.Invoking(() => list[count]).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("index");
        FluentActions.Invoking(() => list[-1]).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("index");
    }

    [Fact]
    public void GetObservances_TwoHundredYears_IsHeldInChunksOffTheLargeObjectHeap()
    {
        var from = new NodaTime.LocalDate(1900, 1, 1);
        var to = new NodaTime.LocalDate(2099, 12, 31);

        var list = IsraeliCalendar.Default.GetObservances(from, to).Value;

        list.Should().BeOfType<ChunkedList<ObservanceOccurrence>>();
        (ChunkedList<ObservanceOccurrence>.ChunkLength * System.Runtime.CompilerServices.Unsafe.SizeOf<ObservanceOccurrence>())
            .Should().BeLessThan(85_000, "a chunk is below the large-object heap's threshold");
        list.Should().Equal(IsraeliCalendar.Default.EnumerateObservances(from, to).Value.ToArray());
        IsraeliCalendar.Default.GetObservances(from, new NodaTime.LocalDate(1901, 12, 31)).Value.Should().BeOfType<ObservanceOccurrence[]>("a short range is one array");
    }
}
