"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
Object.defineProperty(exports, "__esModule", { value: true });
// class-validator + class-transformer: DTOs validated with decorators, plain
// objects turned into class instances and back (legacy decorators with
// emitDecoratorMetadata, as NestJS-style code writes them).
require("reflect-metadata");
const class_validator_1 = require("class-validator");
const class_transformer_1 = require("class-transformer");
var Role;
(function (Role) {
    Role["Admin"] = "admin";
    Role["User"] = "user";
})(Role || (Role = {}));
let EvenConstraint = class EvenConstraint {
    validate(value, _args) {
        return typeof value === 'number' && value % 2 === 0;
    }
    defaultMessage(args) {
        return `${args.property} must be even (got ${args.value})`;
    }
};
EvenConstraint = __decorate([
    (0, class_validator_1.ValidatorConstraint)({ name: 'evenNumber', async: false })
], EvenConstraint);
function IsSlug(options) {
    return function (object, propertyName) {
        (0, class_validator_1.registerDecorator)({
            name: 'isSlug',
            target: object.constructor,
            propertyName,
            options,
            validator: {
                validate(value) { return typeof value === 'string' && /^[a-z0-9-]+$/.test(value); },
                defaultMessage() { return '$property must be a slug'; },
            },
        });
    };
}
class AddressDto {
    street;
    country;
    zip;
}
__decorate([
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.IsNotEmpty)(),
    __metadata("design:type", String)
], AddressDto.prototype, "street", void 0);
__decorate([
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.Length)(2, 2, { message: 'country must be a 2-letter code' }),
    __metadata("design:type", String)
], AddressDto.prototype, "country", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.Matches)(/^\d{5}$/),
    __metadata("design:type", String)
], AddressDto.prototype, "zip", void 0);
class TagDto {
    name;
    weight;
}
__decorate([
    IsSlug(),
    __metadata("design:type", String)
], TagDto.prototype, "name", void 0);
__decorate([
    (0, class_validator_1.Validate)(EvenConstraint),
    __metadata("design:type", Number)
], TagDto.prototype, "weight", void 0);
class UserDto {
    name;
    email;
    age;
    role;
    active;
    address;
    tags;
    level;
}
__decorate([
    (0, class_validator_1.IsString)(),
    (0, class_validator_1.MinLength)(3, { groups: ['create'] }),
    (0, class_validator_1.MinLength)(1, { groups: ['update'] }),
    __metadata("design:type", String)
], UserDto.prototype, "name", void 0);
__decorate([
    (0, class_validator_1.IsEmail)({}, { message: 'email "$value" is not valid' }),
    __metadata("design:type", String)
], UserDto.prototype, "email", void 0);
__decorate([
    (0, class_validator_1.IsInt)(),
    (0, class_validator_1.Min)(0),
    (0, class_validator_1.Max)(150),
    __metadata("design:type", Number)
], UserDto.prototype, "age", void 0);
__decorate([
    (0, class_validator_1.IsEnum)(Role),
    __metadata("design:type", String)
], UserDto.prototype, "role", void 0);
__decorate([
    (0, class_validator_1.IsOptional)(),
    (0, class_validator_1.IsBoolean)(),
    __metadata("design:type", Boolean)
], UserDto.prototype, "active", void 0);
__decorate([
    (0, class_validator_1.ValidateNested)(),
    (0, class_transformer_1.Type)(() => AddressDto),
    __metadata("design:type", AddressDto)
], UserDto.prototype, "address", void 0);
__decorate([
    (0, class_validator_1.IsArray)(),
    (0, class_validator_1.ArrayMinSize)(1),
    (0, class_validator_1.ArrayMaxSize)(3),
    (0, class_validator_1.ValidateNested)({ each: true }),
    (0, class_transformer_1.Type)(() => TagDto),
    __metadata("design:type", Array)
], UserDto.prototype, "tags", void 0);
__decorate([
    (0, class_validator_1.IsIn)(['a', 'b'], { groups: ['strict'] }),
    __metadata("design:type", String)
], UserDto.prototype, "level", void 0);
function flatten(errors, prefix = '') {
    const out = [];
    for (const e of errors) {
        const path = prefix ? `${prefix}.${e.property}` : e.property;
        for (const [k, m] of Object.entries(e.constraints ?? {}).sort())
            out.push(`${path} [${k}] ${m}`);
        if (e.children?.length)
            out.push(...flatten(e.children, path));
    }
    return out;
}
const good = {
    name: 'Ada', email: 'ada@example.com', age: 36, role: 'admin', active: true,
    address: { street: 'Main 1', country: 'UK', zip: '12345' },
    tags: [{ name: 'math', weight: 2 }, { name: 'code-1', weight: 4 }],
};
const bad = {
    name: 'Al', email: 'nope', age: 200.5, role: 'root', active: 'yes',
    address: { street: '', country: 'GBR', zip: 'x' },
    tags: [{ name: 'Bad Slug', weight: 3 }, { name: 'ok', weight: 1 }, {}, {}],
    level: 'z',
};
async function main() {
    const u = (0, class_transformer_1.plainToInstance)(UserDto, good);
    console.log(u instanceof UserDto, u.address instanceof AddressDto, u.tags[0] instanceof TagDto, u.tags.length);
    console.log('good:', flatten(await (0, class_validator_1.validate)(u)));
    const b = (0, class_transformer_1.plainToInstance)(UserDto, bad);
    for (const line of flatten(await (0, class_validator_1.validate)(b)))
        console.log('bad:', line);
    console.log('create group:', flatten((0, class_validator_1.validateSync)(b, { groups: ['create'] })));
    console.log('update group:', flatten((0, class_validator_1.validateSync)((0, class_transformer_1.plainToInstance)(UserDto, { name: '' }), { groups: ['update'] })));
    console.log('strict group:', flatten((0, class_validator_1.validateSync)(b, { groups: ['strict'] })));
    const skip = await (0, class_validator_1.validate)((0, class_transformer_1.plainToInstance)(UserDto, { name: 'Bob' }), { skipMissingProperties: true });
    console.log('skipMissing:', flatten(skip));
    const wl = await (0, class_validator_1.validate)((0, class_transformer_1.plainToInstance)(UserDto, { ...good, extra: 1 }), { whitelist: true, forbidNonWhitelisted: true });
    console.log('whitelist:', flatten(wl));
    console.log('reflect design:type of age:', Reflect.getMetadata('design:type', UserDto.prototype, 'age')?.name);
    console.log('reflect design:type of tags:', Reflect.getMetadata('design:type', UserDto.prototype, 'tags')?.name);
}
// --- class-transformer ---
class Photo {
    id;
    filename;
    kind;
}
__decorate([
    (0, class_transformer_1.Expose)({ name: 'file_name' }),
    __metadata("design:type", String)
], Photo.prototype, "filename", void 0);
__decorate([
    (0, class_transformer_1.Transform)(({ value }) => value.toUpperCase(), { toClassOnly: true }),
    __metadata("design:type", String)
], Photo.prototype, "kind", void 0);
class Account {
    id;
    password;
    get fullName() { return `${this.first} ${this.last}`; }
    first;
    last;
    photos;
    createdAt;
    secret;
    internal;
}
__decorate([
    (0, class_transformer_1.Exclude)(),
    __metadata("design:type", String)
], Account.prototype, "password", void 0);
__decorate([
    (0, class_transformer_1.Expose)(),
    __metadata("design:type", Object),
    __metadata("design:paramtypes", [])
], Account.prototype, "fullName", null);
__decorate([
    (0, class_transformer_1.Type)(() => Photo),
    __metadata("design:type", Array)
], Account.prototype, "photos", void 0);
__decorate([
    (0, class_transformer_1.Type)(() => Date),
    __metadata("design:type", Date)
], Account.prototype, "createdAt", void 0);
__decorate([
    (0, class_transformer_1.Exclude)({ toPlainOnly: true }),
    __metadata("design:type", String)
], Account.prototype, "secret", void 0);
__decorate([
    (0, class_transformer_1.Expose)({ groups: ['admin'] }),
    __metadata("design:type", String)
], Account.prototype, "internal", void 0);
class Shape {
    kind;
}
class Circle extends Shape {
    r;
    area() { return Math.round(Math.PI * this.r * this.r); }
}
class Square extends Shape {
    s;
    area() { return this.s * this.s; }
}
class Drawing {
    shapes;
}
__decorate([
    (0, class_transformer_1.Type)(() => Shape, {
        discriminator: { property: 'kind', subTypes: [{ value: Circle, name: 'circle' }, { value: Square, name: 'square' }] },
        keepDiscriminatorProperty: true,
    }),
    __metadata("design:type", Array)
], Drawing.prototype, "shapes", void 0);
function transformer() {
    const plain = {
        id: 7, password: 'hunter2', first: 'Grace', last: 'Hopper', secret: 's', internal: 'i',
        photos: [{ id: 1, file_name: 'a.png', kind: 'jpeg' }, { id: 2, file_name: 'b.png', kind: 'png' }],
        createdAt: '2020-01-02T03:04:05.000Z',
    };
    const acc = (0, class_transformer_1.plainToInstance)(Account, plain);
    console.log(acc instanceof Account, acc.photos[0] instanceof Photo, acc.createdAt instanceof Date, acc.password, acc.secret, acc.photos.map((p) => `${p.id}:${p.filename}:${p.kind}`).join(','));
    console.log(acc.fullName, acc.createdAt.toISOString());
    console.log(JSON.stringify((0, class_transformer_1.instanceToPlain)(acc)));
    console.log(JSON.stringify((0, class_transformer_1.instanceToPlain)(acc, { groups: ['admin'] })));
    console.log(JSON.stringify((0, class_transformer_1.instanceToPlain)(acc, { strategy: 'excludeAll' })));
    const exposed = (0, class_transformer_1.plainToInstance)(Account, plain, { excludeExtraneousValues: true });
    console.log(JSON.stringify(exposed));
    const d = (0, class_transformer_1.plainToInstance)(Drawing, { shapes: [{ kind: 'circle', r: 2 }, { kind: 'square', s: 3 }] });
    console.log(d.shapes.map((s) => `${s.constructor.name}:${s.area()}`).join(' '));
    console.log(JSON.stringify((0, class_transformer_1.instanceToPlain)(d)));
    const many = (0, class_transformer_1.plainToInstance)(Photo, [{ id: 3, file_name: 'c', kind: 'gif' }]);
    console.log(Array.isArray(many), many[0] instanceof Photo, many[0].filename);
}
transformer();
main().catch((e) => { console.log('error', e); process.exitCode = 1; });
