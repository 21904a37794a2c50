using MentorHub.Web.Modules.Evaluation.Domain;

namespace MentorHub.Tests.Modules.Evaluation.Domain;

public sealed class WilsonIntervalTests
{
    // z = 1.959964. For k of n: p = k/n, centre = (p + z²/2n) / (1 + z²/n),
    // half width = z / (1 + z²/n) · sqrt(p(1 − p)/n + z²/4n²).
    [Theory]
    [InlineData(8, 10, 0.490162, 0.943318)]   // the textbook example: 8/10 ≈ [0.490, 0.943]
    [InlineData(0, 10, 0.0, 0.277533)]        // k = 0: lower bound exactly 0, upper z²/(n + z²) = 3.8415/13.8415
    [InlineData(10, 10, 0.722467, 1.0)]       // k = n mirrors k = 0
    [InlineData(1, 2, 0.094531, 0.905469)]
    [InlineData(0, 1, 0.0, 0.793451)]         // n = 1: z²/(1 + z²) = 3.8415/4.8415
    [InlineData(1, 1, 0.206549, 1.0)]
    [InlineData(89, 100, 0.813687, 0.937458)]
    [InlineData(534, 600, 0.862440, 0.912598)] // iHub4Schools-sized: 89% of 600 teachers
    public void Matches_known_values(int k, int n, double low, double high)
    {
        var (l, h) = WilsonInterval.Compute(k, n)!.Value;

        Assert.Equal(low, l, 6);
        Assert.Equal(high, h, 6);
    }

    [Fact]
    public void Zero_and_all_successes_have_exact_bounds()
    {
        Assert.Equal(0.0, WilsonInterval.Compute(0, 7)!.Value.Low);
        Assert.Equal(1.0, WilsonInterval.Compute(7, 7)!.Value.High);
    }

    [Fact]
    public void Upper_bound_at_zero_successes_is_z_squared_over_n_plus_z_squared()
    {
        const double z = 1.959963984540054;
        foreach (var n in new[] { 1, 3, 5, 20 })
        {
            Assert.Equal(z * z / (n + (z * z)), WilsonInterval.Compute(0, n)!.Value.High, 12);
        }
    }

    [Fact]
    public void No_trials_gives_no_interval()
    {
        Assert.Null(WilsonInterval.Compute(0, 0));
    }

    [Fact]
    public void Impossible_counts_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => WilsonInterval.Compute(3, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => WilsonInterval.Compute(-1, 2));
    }

    [Fact]
    public void Interval_always_contains_the_share_and_stays_within_zero_and_one()
    {
        for (var n = 1; n <= 40; n++)
        {
            for (var k = 0; k <= n; k++)
            {
                var (l, h) = WilsonInterval.Compute(k, n)!.Value;
                Assert.InRange((double)k / n, l, h);
                Assert.InRange(l, 0, 1);
                Assert.InRange(h, 0, 1);
            }
        }
    }
}
