using Zmd.Vocational.TestKit;

namespace Zmd.Vocational.IntegrationTests;

/// <summary>One running host with demo data per test class whose fault points the tests can hold (race tests).</summary>
public sealed class RaceFixture : IAsyncLifetime
{
    public FaultPointGate Gate { get; } = new();

    public TestApp App { get; private set; } = null!;

    public async ValueTask InitializeAsync() => App = await TestApp.StartAsync(services: Gate.Register);

    public async ValueTask DisposeAsync() => await App.DisposeAsync();
}
