// The app's own core namespaces and the worker's, which nearly every handler and store uses; the framework's common
// namespaces are listed in the project file.
global using IpsMonitor.Access;
global using IpsMonitor.Caseload;
global using IpsMonitor.CheckIns;
global using IpsMonitor.Platform;
global using Microsoft.Azure.Functions.Worker;
global using Microsoft.Extensions.Options;
