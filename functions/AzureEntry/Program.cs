using IpsMonitor;
using IpsMonitor.Hosting;
using Microsoft.Azure.Functions.Worker.Builder;

// The isolated-worker host in Azure: the same services as the local host; triggers come from the Functions runtime.
var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.Services.AddIpsMonitor(builder.Configuration);
foreach (var type in FunctionCatalog.All.Select(f => f.FunctionType).Distinct())
    builder.Services.AddScoped(type);
builder.Build().Run();
