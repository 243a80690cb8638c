// IpsMonitor in Azure: a Flex Consumption function app (.NET isolated) that reaches its storage account by
// its system-assigned identity only (no account keys anywhere), with Application Insights.
targetScope = 'resourceGroup'

@description('Short name used to derive resource names.')
@minLength(3)
@maxLength(11)
param appName string = 'ipsmonitor'

@description('Azure region for every resource.')
param location string = resourceGroup().location

@description('NCRONTAB schedule of the heartbeat timer.')
param heartbeatSchedule string = '0 */5 * * * *'

@description('Public address that questionnaire links start with; empty means the function app\'s default host name.')
param publicBaseUrl string = ''

@description('Upper bound on instances, which also bounds storage load.')
@minValue(1)
@maxValue(1000)
param maximumInstanceCount int = 40

var suffix = uniqueString(resourceGroup().id, appName)
var storageName = toLower('${appName}${suffix}')
// The package account holds only the deployment package, so nothing that can change the code sits beside the personal data.
var packageStorageName = toLower('${appName}pkg${suffix}')
// The audit account holds only the audit, which the app may read and add to, never change (docs/privacy.md, "Audit").
var auditStorageName = toLower('${appName}aud${suffix}')
var auditTableName = 'audit'
var deploymentContainer = 'deployments'
var workbookContainer = 'workbooks'
var functionAppName = '${appName}-${suffix}'
var linkBaseUrl = empty(publicBaseUrl) ? 'https://${functionAppName}.azurewebsites.net/api/q/' : '${publicBaseUrl}/api/q/'
var developmentLinkBaseUrl = empty(publicBaseUrl) ? 'https://${functionAppName}.azurewebsites.net/api/d/' : '${publicBaseUrl}/api/d/'

// Built-in role definition ids.
var roles = {
  blobDataContributor: 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'
  queueDataContributor: '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
  tableDataContributor: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
  monitoringMetricsPublisher: '3913510d-42f4-4e42-8a64-420c390055eb'
}

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${appName}-logs-${suffix}'
  location: location
  properties: {
    sku: { name: 'PerGB2018' }
    retentionInDays: 30
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${appName}-ai-${suffix}'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logs.id
    DisableLocalAuth: true
  }
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: take(storageName, 24)
  location: location
  kind: 'StorageV2'
  sku: { name: 'Standard_ZRS' }
  properties: {
    allowSharedKeyAccess: false
    allowBlobPublicAccess: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    defaultToOAuthAuthentication: true
    // Only the function app's subnet reaches the personal data; the internet and other Azure services are refused
    // (docs/privacy.md, "Network"): a service endpoint rule, not a private endpoint, so no DNS zones are needed.
    networkAcls: {
      defaultAction: 'Deny'
      bypass: 'None'
      virtualNetworkRules: [{ id: appSubnet.id, action: 'Allow' }]
      ipRules: []
    }
  }
}

// The app's outbound traffic leaves through this subnet (VNet integration), so storage can tell it from the internet.
resource network 'Microsoft.Network/virtualNetworks@2024-01-01' = {
  name: '${appName}-net-${suffix}'
  location: location
  properties: {
    addressSpace: { addressPrefixes: ['10.40.0.0/16'] }
  }
}

resource appSubnet 'Microsoft.Network/virtualNetworks/subnets@2024-01-01' = {
  parent: network
  name: 'app'
  properties: {
    addressPrefix: '10.40.1.0/24'
    delegations: [{ name: 'flex', properties: { serviceName: 'Microsoft.App/environments' } }]
    serviceEndpoints: [{ service: 'Microsoft.Storage' }]
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

resource workbooks 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobService
  name: workbookContainer
}

resource queueService 'Microsoft.Storage/storageAccounts/queueServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

resource heartbeats 'Microsoft.Storage/storageAccounts/queueServices/queues@2023-05-01' = {
  parent: queueService
  name: 'heartbeats'
}

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

// Data-plane reads, writes and deletes of personal data go to Log Analytics, so a read outside the app (a portal
// user, a script with a role assignment) is on record too, not only the reads the app audits itself.
resource blobDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'data-access'
  scope: blobService
  properties: {
    workspaceId: logs.id
    logs: [
      { category: 'StorageRead', enabled: true }
      { category: 'StorageWrite', enabled: true }
      { category: 'StorageDelete', enabled: true }
    ]
  }
}

resource queueDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'data-access'
  scope: queueService
  properties: {
    workspaceId: logs.id
    logs: [
      { category: 'StorageRead', enabled: true }
      { category: 'StorageWrite', enabled: true }
      { category: 'StorageDelete', enabled: true }
    ]
  }
}

resource tableDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'data-access'
  scope: tableService
  properties: {
    workspaceId: logs.id
    logs: [
      { category: 'StorageRead', enabled: true }
      { category: 'StorageWrite', enabled: true }
      { category: 'StorageDelete', enabled: true }
    ]
  }
}

resource auditStorage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: take(auditStorageName, 24)
  location: location
  kind: 'StorageV2'
  sku: { name: 'Standard_ZRS' }
  properties: {
    allowSharedKeyAccess: false
    allowBlobPublicAccess: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    defaultToOAuthAuthentication: true
    // The audit names candidates, so it is reached like the personal data: from the function app's subnet only.
    networkAcls: {
      defaultAction: 'Deny'
      bypass: 'None'
      virtualNetworkRules: [{ id: appSubnet.id, action: 'Allow' }]
      ipRules: []
    }
  }
}

resource auditTableService 'Microsoft.Storage/storageAccounts/tableServices@2023-05-01' = {
  parent: auditStorage
  name: 'default'
}

// Made here, not by the app: the app's role on this account cannot create tables.
resource auditTable 'Microsoft.Storage/storageAccounts/tableServices/tables@2023-05-01' = {
  parent: auditTableService
  name: auditTableName
}

// Every data-plane write and delete on the audit goes to Log Analytics too, including refused attempts and any
// change made outside the app by someone who gave themselves a role.
resource auditDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'data-access'
  scope: auditTableService
  properties: {
    workspaceId: logs.id
    logs: [
      { category: 'StorageRead', enabled: true }
      { category: 'StorageWrite', enabled: true }
      { category: 'StorageDelete', enabled: true }
    ]
  }
}

// Append-only for the app: read rows (the coordinator's audit page, the tombstones) and insert new ones. No update,
// no delete, no table operations and no control-plane action, so neither a bug nor someone who takes over the app can
// rewrite or remove what the audit says.
resource auditAppendRole 'Microsoft.Authorization/roleDefinitions@2022-04-01' = {
  name: guid(resourceGroup().id, auditStorageName, 'audit-append')
  properties: {
    roleName: 'IpsMonitor audit append ${suffix}'
    description: 'Read and insert table entities; never update or delete them.'
    type: 'CustomRole'
    assignableScopes: [resourceGroup().id]
    permissions: [
      {
        actions: []
        notActions: []
        dataActions: [
          'Microsoft.Storage/storageAccounts/tableServices/tables/entities/read'
          'Microsoft.Storage/storageAccounts/tableServices/tables/entities/add/action'
        ]
        notDataActions: []
      }
    ]
  }
}

// Deleting the account would delete the audit with it: it takes removing this lock first, itself an Owner's act on record.
resource auditLock 'Microsoft.Authorization/locks@2020-05-01' = {
  name: 'keep-audit'
  scope: auditStorage
  properties: {
    level: 'CanNotDelete'
    notes: 'The audit of IpsMonitor: rows are only ever added.'
  }
}

resource packageStorage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: take(packageStorageName, 24)
  location: location
  kind: 'StorageV2'
  sku: { name: 'Standard_ZRS' }
  properties: {
    allowSharedKeyAccess: false
    allowBlobPublicAccess: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    defaultToOAuthAuthentication: true
  }
}

resource packageBlobService 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: packageStorage
  name: 'default'
}

resource deployments 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: packageBlobService
  name: deploymentContainer
}

// The deployment identity is the only one that may write the package; the app's own identity has no role on the
// package account, and the deployment identity has none on the data account.
resource deployer 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${appName}-deployer-${suffix}'
  location: location
}

resource deployerRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(packageStorage.id, deployer.id, roles.blobDataContributor)
  scope: packageStorage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.blobDataContributor)
    principalId: deployer.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: '${appName}-plan-${suffix}'
  location: location
  kind: 'functionapp'
  sku: {
    tier: 'FlexConsumption'
    name: 'FC1'
  }
  properties: {
    reserved: true
  }
}

resource functionApp 'Microsoft.Web/sites@2024-04-01' = {
  name: functionAppName
  location: location
  kind: 'functionapp,linux'
  identity: {
    type: 'SystemAssigned, UserAssigned'
    userAssignedIdentities: { '${deployer.id}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    virtualNetworkSubnetId: appSubnet.id
    siteConfig: {
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      appSettings: [
        // Without a client id, the host and the app's storage clients use the system-assigned identity, by name, never
        // a credential chain; the deployment identity is attached only for the platform to fetch the package.
        { name: 'AzureWebJobsStorage__credential', value: 'managedidentity' }
        { name: 'AzureWebJobsStorage__blobServiceUri', value: storage.properties.primaryEndpoints.blob }
        { name: 'AzureWebJobsStorage__queueServiceUri', value: storage.properties.primaryEndpoints.queue }
        { name: 'AzureWebJobsStorage__tableServiceUri', value: storage.properties.primaryEndpoints.table }
        // The audit by the same system-assigned identity, on its own account (Access/AuditTable.cs).
        { name: 'AuditStorage__tableServiceUri', value: auditStorage.properties.primaryEndpoints.table }
        { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: insights.properties.ConnectionString }
        { name: 'APPLICATIONINSIGHTS_AUTHENTICATION_STRING', value: 'Authorization=AAD' }
        { name: 'HeartbeatSchedule', value: heartbeatSchedule }
        // The triggers name their schedules as %Setting%; the runtime refuses a function whose setting is missing.
        // Linux Flex Consumption runs every schedule in UTC (it ignores WEBSITE_TIME_ZONE), and so does the local host.
        // 05:00 UTC: 06:00 Amsterdam in winter, 07:00 in summer.
        { name: 'ScheduleCheckInsSchedule', value: '0 0 5 * * *' }
        { name: 'RetryCheckInMessagesSchedule', value: '0 */5 * * * *' }
        // Hourly; the code mails reminders only from 08:00 to 20:00 Amsterdam.
        { name: 'SendRemindersSchedule', value: '0 0 * * * *' }
        // 01:30 UTC: 02:30 Amsterdam in winter, 03:30 in summer.
        { name: 'ReevaluateSignalsSchedule', value: '0 30 1 * * *' }
        { name: 'CaseloadSummaryCheckSchedule', value: '0 0 3 * * *' }
        { name: 'RetentionSchedule', value: '0 0 2 * * *' }
        // 01:00 UTC: the quarter overview's figures, 02:00 Amsterdam in winter, 03:00 in summer.
        { name: 'QuarterFiguresSchedule', value: '0 0 1 * * *' }
        // 01:00 UTC on the first day of a quarter: 02:00 (January) or 03:00 (April, July, October) Amsterdam, after the quarter closed.
        { name: 'QuarterlyWorkbookSchedule', value: '0 0 1 1 1,4,7,10 *' }
        { name: 'CheckIns__LinkBaseUrl', value: linkBaseUrl }
        { name: 'Development__LinkBaseUrl', value: developmentLinkBaseUrl }
        // Guessing is counted per client. The worker sees every request from the Functions host on loopback; the App
        // Service front end appends the caller's address to X-Forwarded-For, so its last entry is the client (2 with Front Door).
        { name: 'Guessing__ClientHeader', value: 'X-Forwarded-For' }
        { name: 'Guessing__ClientHeaderHops', value: '1' }
      ]
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${packageStorage.properties.primaryEndpoints.blob}${deployments.name}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: deployer.id
          }
        }
      }
      scaleAndConcurrency: {
        maximumInstanceCount: maximumInstanceCount
        instanceMemoryMB: 2048
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
    }
  }
}

// SCM and FTP publishing with a user name and password would bypass Entra ID; deployments go through the
// deployment identity only.
resource scmCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: functionApp
  name: 'scm'
  properties: { allow: false }
}

resource ftpCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-04-01' = {
  parent: functionApp
  name: 'ftp'
  properties: { allow: false }
}

resource storageRoles 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  // Least privilege: read, write and delete data, never set access control (Blob Data Owner could change ACLs).
  for role in [roles.blobDataContributor, roles.queueDataContributor, roles.tableDataContributor]: {
    name: guid(storage.id, functionApp.id, role)
    scope: storage
    properties: {
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', role)
      principalId: functionApp.identity.principalId
      principalType: 'ServicePrincipal'
    }
  }
]

// The app's one role on the audit account.
resource auditRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(auditStorage.id, functionApp.id, auditAppendRole.id)
  scope: auditStorage
  // A role assignment names its role by the subscription-level id, whatever scope the definition was deployed at.
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', auditAppendRole.name)
    principalId: functionApp.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

resource insightsRole 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(insights.id, functionApp.id, roles.monitoringMetricsPublisher)
  scope: insights
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.monitoringMetricsPublisher)
    principalId: functionApp.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

output functionAppName string = functionApp.name
output storageAccountName string = storage.name
output packageStorageAccountName string = packageStorage.name
output auditStorageAccountName string = auditStorage.name
output auditTableName string = auditTable.name
output workbookContainerName string = workbooks.name
output heartbeatQueueName string = heartbeats.name
output tableEndpoint string = tableService.id
