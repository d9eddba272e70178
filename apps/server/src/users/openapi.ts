import { z } from 'zod'
import type { OpenapiHelpers } from '../openapi/document.ts'
import {
  AddUserSchema,
  ChangePasswordSchema,
  ChangeRoleSchema,
  RegionUserSchema,
} from './plugin.ts'

const InstallationUserSchema = RegionUserSchema.omit({
  role: true,
  municipalities: true,
  assignedBy: true,
}).extend({
  admin: z.boolean(),
  roles: z.array(
    RegionUserSchema.pick({ role: true, municipalities: true, assignedBy: true }).extend({
      region: z.string(),
    }),
  ),
})

const TemporaryAccessSchema = z.object({
  user: RegionUserSchema,
  temporaryPassword: z.string().optional().meta({
    description:
      'Shown once, never stored readable: the user signs in with it and must then choose a password (POST /me/password). It stops working after 7 days. Absent when an existing account got the role, and on reset for an account that signs in through the organisation (OIDC).',
  }),
})

export const usersOpenapiSchemas = {
  RegionUser: RegionUserSchema,
  RegionUsers: z.object({ users: z.array(RegionUserSchema) }),
  RegionUserChanged: z.object({ user: RegionUserSchema }),
  InstallationUsers: z.object({ users: z.array(InstallationUserSchema) }),
  AddUser: AddUserSchema,
  ChangeRole: ChangeRoleSchema,
  TemporaryAccess: TemporaryAccessSchema,
  InstallationUser: InstallationUserSchema,
  ChangePassword: ChangePasswordSchema,
}

/** The user management routes in the OpenAPI document. */
export function usersOpenapiPaths({ body, json, problems, code, id }: OpenapiHelpers) {
  const userId = { ...id, description: 'The user id' }
  return {
    '/regions/{code}/users': {
      parameters: [code],
      get: {
        summary:
          "The region's users and their role in it (coordinator of the region, or admin); editors and viewers 403",
        responses: {
          '200': {
            description: '{ users: RegionUser[] }',
            content: json('RegionUsers'),
          },
          ...problems(401, 403, 404),
        },
      },
      post: {
        summary:
          'Give an account a role in the region, or create the account with a temporary password shown once. Editors need municipalities of this region; admin cannot be given here (403)',
        requestBody: body('AddUser'),
        responses: {
          '201': { description: 'The role is given', content: json('TemporaryAccess') },
          ...problems(401, 403, 404, 409, 422),
        },
      },
    },
    '/regions/{code}/users/{id}': {
      parameters: [code, userId],
      put: {
        summary:
          "Change the user's role in this region. 409 for the region's last coordinator, and for a role that comes from the identity provider (change it there)",
        requestBody: body('ChangeRole'),
        responses: {
          '200': {
            description: '{ user: RegionUser }',
            content: json('RegionUserChanged'),
          },
          ...problems(401, 403, 404, 409, 422),
        },
      },
      delete: {
        summary:
          'Take away the role in this region (the account stays); access ends at once, and with no role left the sessions end. 409 for the last coordinator',
        responses: { '204': { description: 'Removed' }, ...problems(401, 403, 404, 409) },
      },
    },
    '/regions/{code}/users/{id}/reset': {
      parameters: [code, userId],
      post: {
        summary:
          "Reset access: end the user's sessions, revoke their tokens and give a new temporary password, once. A coordinator may do this only for an account without rights outside the regions they coordinate (403 otherwise)",
        responses: {
          '200': { description: 'Reset', content: json('TemporaryAccess') },
          ...problems(401, 403, 404),
        },
      },
    },
    '/users': {
      get: {
        summary: 'Every user of the installation with every role (admin)',
        responses: {
          '200': {
            description: '{ users: InstallationUser[] }',
            content: json('InstallationUsers'),
          },
          ...problems(401, 403),
        },
      },
    },
    '/users/{id}': {
      parameters: [userId],
      delete: {
        summary:
          "Delete an account with its roles, sessions and tokens (admin); 409 while it is a region's last coordinator",
        responses: { '204': { description: 'Deleted' }, ...problems(401, 403, 404, 409) },
      },
    },
    '/me/password': {
      post: {
        summary:
          'Choose a new password (at least 12 characters). Required after signing in with a temporary password: until then every other route answers 403 password_change_required. Ends the other sessions',
        requestBody: body('ChangePassword'),
        responses: { '204': { description: 'Changed' }, ...problems(401, 403, 422, 429) },
      },
    },
  }
}
