using Alka.Domain.Scheduling;
using Alka.Domain.Tests.Support;

namespace Alka.Domain.Tests.Scheduling;

public class CadenceTests
{
    // Every rhythm the sources state, with the English the cadence says of itself.
    public static TheoryData<string, string> Rhythms => new()
    {
        { nameof(EveryFiveWeeks), "every 5 weeks" },
        { nameof(NineToTenOverHalfAYear), "9–10 meetings over about 6 months" },
        { nameof(EveryTwoToThreeMonths), "every 2–3 months" },
        { nameof(OnceAYear), "once a year" },
        { nameof(TwiceAYear), "twice a year" },
        { nameof(OncePerTerm), "once per municipal term" },
        { nameof(BeforeEveryForumMeeting), "before every forum meeting" },
    };

    private static readonly Cadence EveryFiveWeeks = Cadence.Every(5, CadenceUnit.Week);
    private static readonly Cadence NineToTenOverHalfAYear = Cadence.OverSpan(9, 10, 6, CadenceUnit.Month);
    private static readonly Cadence EveryTwoToThreeMonths = Cadence.Every(2, 3, CadenceUnit.Month);
    private static readonly Cadence OnceAYear = Cadence.PerPeriod(1, CadenceUnit.Year);
    private static readonly Cadence TwiceAYear = Cadence.PerPeriod(2, CadenceUnit.Year);
    private static readonly Cadence OncePerTerm = Cadence.PerPeriod(1, CadenceUnit.MunicipalTerm);
    private static readonly Cadence BeforeEveryForumMeeting = Cadence.BeforeEach("forum");

    [Theory]
    [MemberData(nameof(Rhythms))]
    public void ToString_EveryRhythmOfTheSources_ReadsAsTheSourceSaysIt(string name, string expected) =>
        ByName(name).ToString().Should().Be(expected);

    [Fact]
    public void Members_EachShapeSetsOnlyWhatItUses()
    {
        (EveryFiveWeeks.Kind, EveryFiveWeeks.Count, EveryFiveWeeks.Unit, EveryFiveWeeks.Span, EveryFiveWeeks.Before)
            .Should().Be((CadenceKind.Every, CountRange.Exactly(5), CadenceUnit.Week, (int?)null, (string?)null));
        (NineToTenOverHalfAYear.Count, NineToTenOverHalfAYear.Span).Should().Be((CountRange.Between(9, 10), 6));
        (BeforeEveryForumMeeting.Count, BeforeEveryForumMeeting.Unit, BeforeEveryForumMeeting.Before)
            .Should().Be(((CountRange?)null, (CadenceUnit?)null, "forum"));
    }

    [Fact]
    public void Equality_IsByValue() =>
        EqualityContract.Check(Cadence.Every(5, CadenceUnit.Week), Cadence.Every(5, 5, CadenceUnit.Week), Cadence.Every(4, CadenceUnit.Week), Cadence.Every(5, CadenceUnit.Month), OnceAYear);

    [Theory]
    [InlineData("6w", 6, CadenceUnit.Week, "every 6 weeks")]
    [InlineData("30d", 30, CadenceUnit.Day, "every 30 days")]
    [InlineData("2m", 2, CadenceUnit.Month, "every 2 months")]
    [InlineData("1d", 1, CadenceUnit.Day, "every day")]
    public void ParseEvery_AnInterval_IsEveryCountUnits(string text, int count, CadenceUnit unit, string english)
    {
        var cadence = Cadence.ParseEvery(text).Value;

        cadence.Should().Be(Cadence.Every(count, unit));
        cadence.ToString().Should().Be(english);
    }

    [Theory]
    [InlineData("")]
    [InlineData("6")]
    [InlineData("w")]
    [InlineData("0w")]
    [InlineData("06w")]
    [InlineData("6y")]
    [InlineData("6 w")]
    [InlineData("-6w")]
    [InlineData("99999d")]
    [InlineData(null)]
    public void ParseEvery_NotAnInterval_IsAnErrorNamingEvery(string? text) =>
        Cadence.ParseEvery(text).Should().HaveError("every", SchedulingErrors.UnreadableInterval);

    [Fact]
    public void Default_IsNotACadence() => default(Cadence).Kind.Should().Be((CadenceKind)0);

    [Fact]
    public void Factories_InvalidArguments_Throw()
    {
        FluentActions.Invoking(() => Cadence.Every(0, CadenceUnit.Week)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => Cadence.Every(3, 2, CadenceUnit.Month)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => Cadence.OverSpan(9, 10, 0, CadenceUnit.Month)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => Cadence.PerPeriod(1, (CadenceUnit)99)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => Cadence.BeforeEach("Not An Id")).Should().Throw<ArgumentOutOfRangeException>();
    }

    private static Cadence ByName(string name) => name switch
    {
        nameof(EveryFiveWeeks) => EveryFiveWeeks,
        nameof(NineToTenOverHalfAYear) => NineToTenOverHalfAYear,
        nameof(EveryTwoToThreeMonths) => EveryTwoToThreeMonths,
        nameof(OnceAYear) => OnceAYear,
        nameof(TwiceAYear) => TwiceAYear,
        nameof(OncePerTerm) => OncePerTerm,
        _ => BeforeEveryForumMeeting,
    };
}
