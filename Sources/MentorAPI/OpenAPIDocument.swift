// Written by scripts/embed-openapi from openapi.json; do not edit by hand.

/// The OpenAPI document of the JSON API, byte for byte as Sources/MentorAPI/openapi.json.
public enum OpenAPIDocument {
    public static let json = #"""
{
  "openapi": "3.1.0",
  "info": {
    "title": "Mentor Mirror API",
    "version": "1.0.0",
    "description": "The JSON API of Mentor Mirror. Every request carries a personal access token (`Authorization: Bearer mm_...`), made on the account page; it acts with exactly its owner's rights. See docs/api.md."
  },
  "servers": [
    {
      "url": "/"
    }
  ],
  "security": [
    {
      "bearerToken": []
    }
  ],
  "tags": [
    {
      "name": "me"
    },
    {
      "name": "pairs"
    },
    {
      "name": "conversations"
    },
    {
      "name": "goals"
    },
    {
      "name": "mirror"
    },
    {
      "name": "programmes"
    },
    {
      "name": "people"
    }
  ],
  "paths": {
    "/api/v1/me": {
      "get": {
        "operationId": "getMe",
        "summary": "The token's owner",
        "description": "Who the token acts for, with their roles.",
        "tags": [
          "me"
        ],
        "parameters": [],
        "responses": {
          "200": {
            "description": "The token's owner.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Me"
                }
              }
            }
          },
          "default": {
            "description": "A problem: RFC 9457 problem details in the token owner's language.",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          }
        }
      }
    },
    "/api/v1/pairs": {
      "get": {
        "operationId": "listPairs",
        "summary": "Your pairs",
        "description": "The pairs in which the token's owner is mentor or mentee.",
        "tags": [
          "pairs"
        ],
        "parameters": [
          {
            "name": "limit",
            "in": "query",
            "required": false,
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 100,
              "default": 50
            },
            "description": "How many items at most (1 to 100, 50 when left out)."
          },
          {
            "name": "cursor",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string",
              "maxLength": 200
            },
            "description": "The `nextCursor` of the previous page; leave out for the first page."
          }
        ],
        "responses": {
          "200": {
            "description": "A page of pairs.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PairList"
                }
              }
            }
          },
          "default": {
            "description": "A problem: RFC 9457 problem details in the token owner's language.",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          }
        }
      }
    },
    "/api/v1/pairs/{pairId}": {
      "get": {
        "operationId": "getPair",
        "summary": "One pair",
        "description": "A pair of which the token's owner is mentor or mentee.",
        "tags": [
          "pairs"
        ],
        "parameters": [
          {
            "name": "pairId",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "format": "uuid"
            },
            "description": "The pair's id."
          }
        ],
        "responses": {
          "200": {
            "description": "The pair.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Pair"
                }
              }
            },
            "headers": {
              "ETag": {
                "description": "The version of the representation, for `If-Match`.",
                "required": true,
                "schema": {
                  "type": "string"
                }
              }
            }
          },
          "default": {
            "description": "A problem: RFC 9457 problem details in the token owner's language.",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          }
        }
      }
    },
    "/api/v1/pairs/{pairId}/conversations": {
      "get": {
        "operationId": "listConversations",
        "summary": "A pair's conversations",
        "description": "The pair's conversations, earliest first.",
        "tags": [
          "conversations"
        ],
        "parameters": [
          {
            "name": "pairId",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "format": "uuid"
            },
            "description": "The pair's id."
          },
          {
            "name": "limit",
            "in": "query",
            "required": false,
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 100,
              "default": 50
            },
            "description": "How many items at most (1 to 100, 50 when left out)."
          },
          {
            "name": "cursor",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string",
              "maxLength": 200
            },
            "description": "The `nextCursor` of the previous page; leave out for the first page."
          }
        ],
        "responses": {
          "200": {
            "description": "A page of conversations.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ConversationList"
                }
              }
            }
          },
          "default": {
            "description": "A problem: RFC 9457 problem details in the token owner's language.",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          }
        }
      }
    },
    "/api/v1/conversations/{conversationId}": {
      "get": {
        "operationId": "getConversation",
        "summary": "One conversation",
        "description": "A conversation with its agenda and the actions agreed in it. Private notes only for the pair's mentor.",
        "tags": [
          "conversations"
        ],
        "parameters": [
          {
            "name": "conversationId",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "format": "uuid"
            },
            "description": "The conversation's id."
          }
        ],
        "responses": {
          "200": {
            "description": "The conversation.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Conversation"
                }
              }
            },
            "headers": {
              "ETag": {
                "description": "The version of the representation, for `If-Match`.",
                "required": true,
                "schema": {
                  "type": "string"
                }
              }
            }
          },
          "default": {
            "description": "A problem: RFC 9457 problem details in the token owner's language.",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          }
        }
      }
    },
    "/api/v1/conversations/{conversationId}/agenda-items": {
      "post": {
        "operationId": "addAgendaItem",
        "summary": "Add an agenda item",
        "description": "Needs a token with the write scope.",
        "tags": [
          "conversations"
        ],
        "parameters": [
          {
            "name": "conversationId",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "format": "uuid"
            },
            "description": "The conversation's id."
          },
          {
            "name": "If-Match",
            "in": "header",
            "required": false,
            "schema": {
              "type": "string",
              "maxLength": 200
            },
            "description": "The `ETag` of the conversation as last read; when sent it must still match."
          }
        ],
        "responses": {
          "201": {
            "description": "The new agenda item.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/AgendaItem"
                }
              }
            }
          },
          "default": {
            "description": "A problem: RFC 9457 problem details in the token owner's language.",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          }
        },
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/NewAgendaItem"
              }
            }
          }
        }
      }
    },
    "/api/v1/actions/{actionId}": {
      "get": {
        "operationId": "getAction",
        "summary": "One action",
        "description": "An action of a pair of the token's owner.",
        "tags": [
          "conversations"
        ],
        "parameters": [
          {
            "name": "actionId",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "format": "uuid"
            },
            "description": "The action's id."
          }
        ],
        "responses": {
          "200": {
            "description": "The action.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Action"
                }
              }
            },
            "headers": {
              "ETag": {
                "description": "The version of the representation, for `If-Match`.",
                "required": true,
                "schema": {
                  "type": "string"
                }
              }
            }
          },
          "default": {
            "description": "A problem: RFC 9457 problem details in the token owner's language.",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          }
        }
      },
      "patch": {
        "operationId": "changeAction",
        "summary": "Mark an action done or open",
        "description": "Needs a token with the write scope and `If-Match` with the action's `ETag`.",
        "tags": [
          "conversations"
        ],
        "parameters": [
          {
            "name": "actionId",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "format": "uuid"
            },
            "description": "The action's id."
          },
          {
            "name": "If-Match",
            "in": "header",
            "required": false,
            "schema": {
              "type": "string",
              "maxLength": 200
            },
            "description": "The `ETag` of the record as last read; required."
          }
        ],
        "responses": {
          "200": {
            "description": "The changed action.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Action"
                }
              }
            },
            "headers": {
              "ETag": {
                "description": "The version of the representation, for `If-Match`.",
                "required": true,
                "schema": {
                  "type": "string"
                }
              }
            }
          },
          "default": {
            "description": "A problem: RFC 9457 problem details in the token owner's language.",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          }
        },
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ActionChange"
              }
            }
          }
        }
      }
    },
    "/api/v1/pairs/{pairId}/goals": {
      "get": {
        "operationId": "listGoals",
        "summary": "A pair's learning goals",
        "description": "The mentee's learning goals in the pair.",
        "tags": [
          "goals"
        ],
        "parameters": [
          {
            "name": "pairId",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "format": "uuid"
            },
            "description": "The pair's id."
          },
          {
            "name": "limit",
            "in": "query",
            "required": false,
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 100,
              "default": 50
            },
            "description": "How many items at most (1 to 100, 50 when left out)."
          },
          {
            "name": "cursor",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string",
              "maxLength": 200
            },
            "description": "The `nextCursor` of the previous page; leave out for the first page."
          }
        ],
        "responses": {
          "200": {
            "description": "A page of goals.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/GoalList"
                }
              }
            }
          },
          "default": {
            "description": "A problem: RFC 9457 problem details in the token owner's language.",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          }
        }
      },
      "post": {
        "operationId": "createGoal",
        "summary": "Write a learning goal",
        "description": "The mentee writes their own goals; needs a token with the write scope.",
        "tags": [
          "goals"
        ],
        "parameters": [
          {
            "name": "pairId",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "format": "uuid"
            },
            "description": "The pair's id."
          }
        ],
        "responses": {
          "201": {
            "description": "The new goal.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Goal"
                }
              }
            },
            "headers": {
              "ETag": {
                "description": "The version of the representation, for `If-Match`.",
                "required": true,
                "schema": {
                  "type": "string"
                }
              }
            }
          },
          "default": {
            "description": "A problem: RFC 9457 problem details in the token owner's language.",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          }
        },
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/NewGoal"
              }
            }
          }
        }
      }
    },
    "/api/v1/goals/{goalId}": {
      "get": {
        "operationId": "getGoal",
        "summary": "One learning goal",
        "description": "A goal of a pair of the token's owner.",
        "tags": [
          "goals"
        ],
        "parameters": [
          {
            "name": "goalId",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "format": "uuid"
            },
            "description": "The goal's id."
          }
        ],
        "responses": {
          "200": {
            "description": "The goal.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Goal"
                }
              }
            },
            "headers": {
              "ETag": {
                "description": "The version of the representation, for `If-Match`.",
                "required": true,
                "schema": {
                  "type": "string"
                }
              }
            }
          },
          "default": {
            "description": "A problem: RFC 9457 problem details in the token owner's language.",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          }
        }
      }
    },
    "/api/v1/pairs/{pairId}/mirror": {
      "get": {
        "operationId": "getMirror",
        "summary": "The mentor's mirror of a pair",
        "description": "Only for the pair's mentor.",
        "tags": [
          "mirror"
        ],
        "parameters": [
          {
            "name": "pairId",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "format": "uuid"
            },
            "description": "The pair's id."
          }
        ],
        "responses": {
          "200": {
            "description": "The mirror.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/Mirror"
                }
              }
            }
          },
          "default": {
            "description": "A problem: RFC 9457 problem details in the token owner's language.",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          }
        }
      }
    },
    "/api/v1/programmes": {
      "get": {
        "operationId": "listProgrammes",
        "summary": "Programmes",
        "description": "The organisation's programmes, for coordinators and administrators.",
        "tags": [
          "programmes"
        ],
        "parameters": [
          {
            "name": "limit",
            "in": "query",
            "required": false,
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 100,
              "default": 50
            },
            "description": "How many items at most (1 to 100, 50 when left out)."
          },
          {
            "name": "cursor",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string",
              "maxLength": 200
            },
            "description": "The `nextCursor` of the previous page; leave out for the first page."
          }
        ],
        "responses": {
          "200": {
            "description": "A page of programmes.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ProgrammeList"
                }
              }
            }
          },
          "default": {
            "description": "A problem: RFC 9457 problem details in the token owner's language.",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          }
        }
      }
    },
    "/api/v1/programmes/{programmeId}/health": {
      "get": {
        "operationId": "getProgrammeHealth",
        "summary": "A programme's health",
        "description": "Figures only, for coordinators.",
        "tags": [
          "programmes"
        ],
        "parameters": [
          {
            "name": "programmeId",
            "in": "path",
            "required": true,
            "schema": {
              "type": "string",
              "format": "uuid"
            },
            "description": "The programme's id."
          }
        ],
        "responses": {
          "200": {
            "description": "The programme's figures.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ProgrammeHealth"
                }
              }
            }
          },
          "default": {
            "description": "A problem: RFC 9457 problem details in the token owner's language.",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          }
        }
      }
    },
    "/api/v1/people": {
      "get": {
        "operationId": "listPeople",
        "summary": "People",
        "description": "The organisation's people, for administrators.",
        "tags": [
          "people"
        ],
        "parameters": [
          {
            "name": "limit",
            "in": "query",
            "required": false,
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 100,
              "default": 50
            },
            "description": "How many items at most (1 to 100, 50 when left out)."
          },
          {
            "name": "cursor",
            "in": "query",
            "required": false,
            "schema": {
              "type": "string",
              "maxLength": 200
            },
            "description": "The `nextCursor` of the previous page; leave out for the first page."
          }
        ],
        "responses": {
          "200": {
            "description": "A page of people.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/PersonList"
                }
              }
            }
          },
          "default": {
            "description": "A problem: RFC 9457 problem details in the token owner's language.",
            "content": {
              "application/problem+json": {
                "schema": {
                  "$ref": "#/components/schemas/Problem"
                }
              }
            }
          }
        }
      }
    }
  },
  "components": {
    "schemas": {
      "Problem": {
        "type": "object",
        "properties": {
          "type": {
            "type": "string",
            "description": "A URI naming the kind of problem."
          },
          "title": {
            "type": "string"
          },
          "status": {
            "type": "integer",
            "minimum": 400,
            "maximum": 599
          },
          "detail": {
            "type": "string"
          },
          "instance": {
            "type": "string",
            "description": "The path that was asked for."
          }
        },
        "required": [
          "type",
          "title",
          "status",
          "detail"
        ],
        "description": "RFC 9457 problem details."
      },
      "PersonRef": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string",
            "format": "uuid"
          },
          "name": {
            "type": "string"
          }
        },
        "required": [
          "id",
          "name"
        ]
      },
      "Organisation": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string",
            "format": "uuid"
          },
          "name": {
            "type": "string"
          }
        },
        "required": [
          "id",
          "name"
        ]
      },
      "Me": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string",
            "format": "uuid"
          },
          "name": {
            "type": "string"
          },
          "email": {
            "type": "string"
          },
          "language": {
            "type": "string",
            "enum": [
              "en",
              "nl"
            ]
          },
          "roles": {
            "type": "array",
            "items": {
              "type": "string",
              "enum": [
                "admin",
                "coordinator",
                "mentor",
                "mentee"
              ]
            }
          },
          "organisation": {
            "$ref": "#/components/schemas/Organisation"
          },
          "tokenScope": {
            "type": "string",
            "enum": [
              "read",
              "write"
            ],
            "description": "`read`: reads only; `write`: reads and writes."
          }
        },
        "required": [
          "id",
          "name",
          "email",
          "language",
          "roles",
          "organisation",
          "tokenScope"
        ]
      },
      "Pair": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string",
            "format": "uuid"
          },
          "programmeId": {
            "type": "string",
            "format": "uuid"
          },
          "status": {
            "type": "string",
            "description": "proposed, active, paused, ended, ..."
          },
          "mentor": {
            "$ref": "#/components/schemas/PersonRef"
          },
          "mentee": {
            "$ref": "#/components/schemas/PersonRef"
          },
          "yourPlace": {
            "type": "string",
            "enum": [
              "mentor",
              "mentee"
            ]
          },
          "startedOn": {
            "type": "string",
            "format": "date-time"
          },
          "endedOn": {
            "type": "string",
            "format": "date-time"
          }
        },
        "required": [
          "id",
          "programmeId",
          "status",
          "mentor",
          "mentee",
          "yourPlace"
        ]
      },
      "PairList": {
        "type": "object",
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Pair"
            }
          },
          "nextCursor": {
            "type": "string",
            "description": "Pass as `cursor` for the next page; absent on the last page."
          }
        },
        "required": [
          "items"
        ]
      },
      "ConversationSummary": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string",
            "format": "uuid"
          },
          "pairId": {
            "type": "string",
            "format": "uuid"
          },
          "scheduledAt": {
            "type": "string",
            "format": "date-time"
          },
          "durationMinutes": {
            "type": "integer"
          },
          "place": {
            "type": "string"
          },
          "status": {
            "type": "string"
          },
          "initiatedBy": {
            "type": "string",
            "enum": [
              "mentor",
              "mentee"
            ]
          }
        },
        "required": [
          "id",
          "pairId",
          "scheduledAt",
          "durationMinutes",
          "place",
          "status",
          "initiatedBy"
        ]
      },
      "ConversationList": {
        "type": "object",
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ConversationSummary"
            }
          },
          "nextCursor": {
            "type": "string",
            "description": "Pass as `cursor` for the next page; absent on the last page."
          }
        },
        "required": [
          "items"
        ]
      },
      "AgendaItem": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string",
            "format": "uuid"
          },
          "conversationId": {
            "type": "string",
            "format": "uuid"
          },
          "text": {
            "type": "string"
          },
          "broughtBy": {
            "type": "string",
            "enum": [
              "mentor",
              "mentee"
            ]
          },
          "addedBeforehand": {
            "type": "boolean"
          },
          "covered": {
            "type": "boolean"
          },
          "position": {
            "type": "integer"
          }
        },
        "required": [
          "id",
          "conversationId",
          "text",
          "broughtBy",
          "addedBeforehand",
          "covered",
          "position"
        ]
      },
      "Action": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string",
            "format": "uuid"
          },
          "pairId": {
            "type": "string",
            "format": "uuid"
          },
          "conversationId": {
            "type": "string",
            "format": "uuid"
          },
          "text": {
            "type": "string"
          },
          "owner": {
            "type": "string",
            "enum": [
              "mentor",
              "mentee"
            ]
          },
          "dueOn": {
            "type": "string",
            "format": "date-time"
          },
          "doneOn": {
            "type": "string",
            "format": "date-time"
          },
          "carriedCount": {
            "type": "integer"
          }
        },
        "required": [
          "id",
          "pairId",
          "conversationId",
          "text",
          "owner",
          "carriedCount"
        ]
      },
      "Conversation": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string",
            "format": "uuid"
          },
          "pairId": {
            "type": "string",
            "format": "uuid"
          },
          "scheduledAt": {
            "type": "string",
            "format": "date-time"
          },
          "durationMinutes": {
            "type": "integer"
          },
          "place": {
            "type": "string"
          },
          "status": {
            "type": "string"
          },
          "initiatedBy": {
            "type": "string",
            "enum": [
              "mentor",
              "mentee"
            ]
          },
          "sharedNotes": {
            "type": "string"
          },
          "privateNotes": {
            "type": "string",
            "description": "The mentor's private notes: only in the mentor's own answers."
          },
          "agendaItems": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/AgendaItem"
            }
          },
          "actions": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Action"
            }
          }
        },
        "required": [
          "id",
          "pairId",
          "scheduledAt",
          "durationMinutes",
          "place",
          "status",
          "initiatedBy",
          "sharedNotes",
          "agendaItems",
          "actions"
        ]
      },
      "NewAgendaItem": {
        "type": "object",
        "properties": {
          "text": {
            "type": "string",
            "minLength": 1,
            "maxLength": 2000
          },
          "broughtBy": {
            "type": "string",
            "enum": [
              "mentor",
              "mentee"
            ],
            "description": "Who brought it; the token owner's own side when left out."
          }
        },
        "required": [
          "text"
        ]
      },
      "ActionChange": {
        "type": "object",
        "properties": {
          "done": {
            "type": "boolean"
          }
        },
        "required": [
          "done"
        ]
      },
      "Goal": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string",
            "format": "uuid"
          },
          "pairId": {
            "type": "string",
            "format": "uuid"
          },
          "title": {
            "type": "string"
          },
          "description": {
            "type": "string"
          },
          "successCriteria": {
            "type": "string"
          },
          "targetDate": {
            "type": "string",
            "format": "date-time"
          },
          "status": {
            "type": "string"
          },
          "theme": {
            "type": "string"
          },
          "mentorComment": {
            "type": "string"
          }
        },
        "required": [
          "id",
          "pairId",
          "title",
          "description",
          "successCriteria",
          "status",
          "mentorComment"
        ]
      },
      "GoalList": {
        "type": "object",
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Goal"
            }
          },
          "nextCursor": {
            "type": "string",
            "description": "Pass as `cursor` for the next page; absent on the last page."
          }
        },
        "required": [
          "items"
        ]
      },
      "NewGoal": {
        "type": "object",
        "properties": {
          "title": {
            "type": "string",
            "minLength": 1,
            "maxLength": 200
          },
          "description": {
            "type": "string",
            "maxLength": 4000
          },
          "successCriteria": {
            "type": "string",
            "maxLength": 4000
          },
          "targetDate": {
            "type": "string",
            "description": "A day as YYYY-MM-DD, not in the past."
          },
          "theme": {
            "type": "string",
            "description": "The key of one of the organisation's goal themes."
          },
          "status": {
            "type": "string",
            "description": "open (the default), inProgress, ..."
          }
        },
        "required": [
          "title"
        ]
      },
      "Mirror": {
        "type": "object",
        "description": "The mirror of one pair over the last six months, in the shape of `mentor mirror --format json --mentorship ID`.",
        "properties": {
          "pairID": {
            "type": "string"
          },
          "menteeName": {
            "type": "string"
          },
          "periodStart": {
            "type": "string"
          },
          "periodEnd": {
            "type": "string"
          }
        },
        "required": [
          "pairID",
          "menteeName",
          "periodStart",
          "periodEnd"
        ],
        "additionalProperties": true
      },
      "Programme": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string",
            "format": "uuid"
          },
          "name": {
            "type": "string"
          },
          "startsOn": {
            "type": "string",
            "format": "date-time"
          },
          "endsOn": {
            "type": "string",
            "format": "date-time"
          },
          "cadenceDays": {
            "type": "integer"
          }
        },
        "required": [
          "id",
          "name",
          "startsOn",
          "endsOn",
          "cadenceDays"
        ]
      },
      "ProgrammeList": {
        "type": "object",
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Programme"
            }
          },
          "nextCursor": {
            "type": "string",
            "description": "Pass as `cursor` for the next page; absent on the last page."
          }
        },
        "required": [
          "items"
        ]
      },
      "HealthPairRow": {
        "type": "object",
        "properties": {
          "number": {
            "type": "integer"
          },
          "status": {
            "type": "string"
          },
          "held": {
            "type": "integer"
          },
          "expected": {
            "type": "integer"
          },
          "goalsWithoutRecentEvidence": {
            "type": "integer"
          },
          "agreementDiscussed": {
            "type": "boolean"
          }
        },
        "required": [
          "number",
          "status",
          "held",
          "expected",
          "goalsWithoutRecentEvidence",
          "agreementDiscussed"
        ]
      },
      "ProgrammeHealth": {
        "type": "object",
        "properties": {
          "programmeId": {
            "type": "string",
            "format": "uuid"
          },
          "statusCounts": {
            "type": "object",
            "additionalProperties": {
              "type": "integer"
            }
          },
          "pairs": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/HealthPairRow"
            }
          },
          "quietPairs": {
            "type": "integer"
          },
          "waitingRequests": {
            "type": "integer"
          },
          "agreementsNotDiscussed": {
            "type": "integer"
          },
          "averageMenteeInitiative": {
            "type": "number"
          },
          "talkShareHistogram": {
            "type": "array",
            "items": {
              "type": "integer"
            }
          },
          "pulseAnswers": {
            "type": "integer"
          },
          "pulseAverage": {
            "type": "number"
          }
        },
        "required": [
          "programmeId",
          "statusCounts",
          "pairs",
          "quietPairs",
          "waitingRequests",
          "agreementsNotDiscussed",
          "talkShareHistogram",
          "pulseAnswers"
        ],
        "description": "Figures only: pairs are numbered, not named."
      },
      "PersonRecord": {
        "type": "object",
        "properties": {
          "id": {
            "type": "string",
            "format": "uuid"
          },
          "name": {
            "type": "string"
          },
          "email": {
            "type": "string"
          },
          "active": {
            "type": "boolean"
          },
          "language": {
            "type": "string",
            "enum": [
              "en",
              "nl"
            ]
          },
          "roles": {
            "type": "array",
            "items": {
              "type": "string",
              "enum": [
                "admin",
                "coordinator",
                "mentor",
                "mentee"
              ]
            }
          }
        },
        "required": [
          "id",
          "name",
          "email",
          "active",
          "roles"
        ]
      },
      "PersonList": {
        "type": "object",
        "properties": {
          "items": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/PersonRecord"
            }
          },
          "nextCursor": {
            "type": "string",
            "description": "Pass as `cursor` for the next page; absent on the last page."
          }
        },
        "required": [
          "items"
        ]
      }
    },
    "securitySchemes": {
      "bearerToken": {
        "type": "http",
        "scheme": "bearer",
        "description": "A personal access token from the account page."
      }
    }
  }
}

"""#
}
