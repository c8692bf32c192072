namespace Alka.Domain.Tests;

public class SmokeTests
{
    [Fact]
    public void One_IsOne() => 1.Should().Be(1);
}
