using Alka.Domain.Geography;
using Alka.Domain.Tests.Support;

namespace Alka.Domain.Tests.Geography;

public class StatisticTests
{
    [Fact]
    public void Equality_ComparesValueAndYear() =>
        EqualityContract.Check(new Statistic(33999, 2021), new Statistic(33999, 2021), new Statistic(33999, 2020), new Statistic(34000, 2021), default);

    [Fact]
    public void ToString_IsTheValueAndItsYear() => new Statistic(33999, 2021).ToString().Should().Be("33999 (2021)");
}
