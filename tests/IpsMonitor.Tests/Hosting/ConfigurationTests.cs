using IpsMonitor.LocalHost;

namespace IpsMonitor.Tests.Hosting;

public sealed class ConfigurationTests
{
    [Fact]
    public void LocalSettingsValuesAndConnectionStringsAreReadAndEnvironmentVariablesWin()
    {
        var root = Directory.CreateTempSubdirectory().FullName;
        var variable = "IPSMONITOR_TEST_" + Guid.NewGuid().ToString("N");
        File.WriteAllText(Path.Combine(root, "local.settings.json"), $$"""
            { "IsEncrypted": false,
              "Values": { "{{variable}}": "from-file", "Nested__Setting": "nested", "Plain": "plain" },
              "ConnectionStrings": { "Reports": "conn" } }
            """);
        Environment.SetEnvironmentVariable(variable, "from-environment");
        try
        {
            var config = new ConfigurationBuilder();
            config.AddLocalSettings(root);
            var built = config.Build();

            Assert.Equal("from-environment", built[variable]);
            Assert.Equal("nested", built["Nested:Setting"]);
            Assert.Equal("plain", built["Plain"]);
            Assert.Equal("conn", built.GetConnectionString("Reports"));
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }

    [Fact]
    public void WithoutLocalSettingsTheSampleIsUsed()
    {
        var root = Directory.CreateTempSubdirectory().FullName;
        File.WriteAllText(Path.Combine(root, "local.settings.sample.json"), """{ "Values": { "AzureWebJobsStorage": "UseDevelopmentStorage=true" } }""");
        var config = new ConfigurationBuilder();
        config.AddLocalSettings(root);

        Assert.True(Azurite.IsDevelopmentStorage(config.Build()["AzureWebJobsStorage"]));
    }

    [Fact]
    public void AnInvalidHostJsonValueStopsTheHostWithAClearMessage()
    {
        var root = Directory.CreateTempSubdirectory().FullName;
        File.WriteAllText(Path.Combine(root, "host.json"), """{ "version": "2.0", "extensions": { "queues": { "batchSize": 64 } } }""");

        var error = Assert.Throws<InvalidOperationException>(() => HostJson.Load(root, new ConfigurationBuilder().Build()));
        Assert.Contains("batchSize", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void HostJsonValuesAreReadAndAppSettingsOverrideThem()
    {
        var root = Directory.CreateTempSubdirectory().FullName;
        File.WriteAllText(Path.Combine(root, "host.json"), """{ "version": "2.0", "extensions": { "http": { "routePrefix": "" }, "queues": { "batchSize": 4, "maxDequeueCount": 3 } } }""");
        var overrides = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["AzureFunctionsJobHost:extensions:queues:maxDequeueCount"] = "7" }).Build();

        var hostJson = HostJson.Load(root, overrides);

        Assert.Equal("", hostJson.RoutePrefix);
        Assert.Equal(4, hostJson.Queues.BatchSize);
        Assert.Equal(2, hostJson.Queues.NewBatchThreshold);
        Assert.Equal(7, hostJson.Queues.MaxDequeueCount);
        Assert.Equal(TimeSpan.FromMinutes(1), hostJson.Queues.MaxPollingInterval);
    }
}
